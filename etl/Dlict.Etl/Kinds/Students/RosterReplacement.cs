using System.Data.Common;
using System.Globalization;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Takes out of the warehouse what a replaced roster left there: the school's students from earlier files, its
/// counts, and the latest mark of its last version. Run for the rosters decided in a hold, just before the hold's rows
/// are written (<see cref="RosterBook.ReplaceDecided"/>), <see cref="SchoolsPerStatement"/> schools of one cycle per
/// command (Microsoft.Data.Sqlite binds parameters by name, per parameter and statement, at every execution: one
/// school per command cost ~0.2 s more CPU in a 1M-row resubmission). Before, each school's first row flushed the
/// rows held and ran a freshly prepared DELETE: a national resubmission took ~1.9× a first load.
/// </summary>
public sealed class RosterReplacement(DbTransaction transaction, long fileId) : IDisposable
{
    public const int SchoolsPerStatement = 64;
    private DbCommand? _full;

    /// <summary>Replaces the schools' rosters of the cycle: only rows of the file being loaded stay.</summary>
    public void Replace(int cycleKey, IReadOnlyList<string> schools)
    {
        for (var first = 0; first < schools.Count; first += SchoolsPerStatement)
        {
            var count = Math.Min(SchoolsPerStatement, schools.Count - first);
            var command = count == SchoolsPerStatement ? _full ??= Command(count) : Command(count);
            try
            {
                command.Parameters[0].Value = cycleKey;
                for (var i = 0; i < count; i++) command.Parameters[i + 2].Value = schools[first + i];
                command.ExecuteNonQuery();
            }
            finally
            {
                if (command != _full) command.Dispose();
            }
        }
    }

    private DbCommand Command(int schools)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var codes = string.Join(", ", Enumerable.Range(0, schools).Select(i => "@s" + i.ToString(CultureInfo.InvariantCulture)));
        command.CommandText =
            $"""
             DELETE FROM fact_student WHERE cycle_key = @cycle AND school_code IN ({codes}) AND file_id <> @file;
             DELETE FROM fact_roster_count WHERE cycle_key = @cycle AND school_code IN ({codes});
             UPDATE fact_roster_submission SET is_latest = 0 WHERE cycle_key = @cycle AND school_code IN ({codes}) AND is_latest = 1;
             """;
        Add(command, "@cycle", 0);
        Add(command, "@file", fileId);
        for (var i = 0; i < schools; i++) Add(command, "@s" + i.ToString(CultureInfo.InvariantCulture), "");
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public void Dispose() => _full?.Dispose();
}
