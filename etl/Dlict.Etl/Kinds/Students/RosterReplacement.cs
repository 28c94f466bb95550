using System.Data.Common;
using System.Globalization;
using Dapper;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Takes out of the warehouse what a replaced roster left there: the school's students from earlier files, its
/// counts, and the latest mark of its last version. Where the warehouse can overwrite rows in place, the students stay
/// and their places are noted for the new ones to take (<see cref="ReplacedRows"/>, <see cref="SchoolRuns"/>); a school
/// whose rows are scattered is deleted as before. Run for the rosters decided in a hold, just before the hold's rows
/// are written (<see cref="RosterBook.ReplaceDecided"/>), <see cref="SchoolsPerStatement"/> schools of one cycle per
/// command (Microsoft.Data.Sqlite binds parameters by name, per parameter and statement, at every execution: one
/// school per command cost ~0.2 s more CPU in a 1M-row resubmission). Before, each school's first row flushed the
/// rows held and ran a freshly prepared DELETE: a national resubmission took ~1.9× a first load.
/// </summary>
/// <param name="inPlace">
/// Where to note the run of row ids that a school's old students fill, when the warehouse can overwrite rows in place
/// (<see cref="ReplacedRows"/>); null: they are deleted here, as are those of a school whose rows are scattered.
/// </param>
public sealed class RosterReplacement(DbTransaction transaction, long fileId, ReplacedRows? inPlace = null) : IDisposable
{
    public const int SchoolsPerStatement = 64;

    private const string Students = "DELETE FROM fact_student WHERE cycle_key = @cycle AND school_code IN ({0}) AND file_id <> @file;";

    private const string Marks = """
        DELETE FROM fact_roster_count WHERE cycle_key = @cycle AND school_code IN ({0});
        UPDATE fact_roster_submission SET is_latest = 0 WHERE cycle_key = @cycle AND school_code IN ({0}) AND is_latest = 1;
        """;

    private readonly Dictionary<(string Sql, int Schools), DbCommand> _commands = [];
    private readonly SchoolRuns _runs = new(transaction);
    private readonly Dictionary<int, List<string>> _unmarked = [];

    /// <summary>The file brings many of the cycle's schools: where their students are is read at once, alongside (<see cref="SchoolRuns.ReadAhead"/>).</summary>
    public void ReadRunsAhead(int cycleKey, IWarehouse warehouse)
    {
        if (inPlace is not null) _runs.ReadAhead(cycleKey, warehouse);
    }

    /// <summary>Replaces the schools' rosters of the cycle: only rows of the file being loaded stay, or (in place) will.</summary>
    public void Replace(int cycleKey, IReadOnlyList<string> schools)
    {
        for (var first = 0; first < schools.Count; first += SchoolsPerStatement)
        {
            var some = schools.Skip(first).Take(SchoolsPerStatement).ToList();
            if (inPlace is null)
            {
                Bound(Students + Marks, cycleKey, some).ExecuteNonQuery();
                continue;
            }
            var scattered = NoteRuns(_runs.Of(cycleKey, some), cycleKey, some);
            Mark(cycleKey, some);
            if (scattered.Count > 0) Bound(Students, cycleKey, scattered).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// In place, the counts and latest marks of replaced schools go <see cref="SchoolsPerStatement"/> at a time, not a
    /// statement for every hold's 10-20 schools (~0.15 s of a 1M-row resubmission): only the file's own counts and
    /// versions, written at the end (<see cref="RosterBook.Record"/>), must come after them.
    /// </summary>
    private void Mark(int cycleKey, List<string> schools)
    {
        if (!_unmarked.TryGetValue(cycleKey, out var waiting)) _unmarked[cycleKey] = waiting = [];
        waiting.AddRange(schools);
        while (waiting.Count >= SchoolsPerStatement)
        {
            Bound(Marks, cycleKey, waiting[..SchoolsPerStatement]).ExecuteNonQuery();
            waiting.RemoveRange(0, SchoolsPerStatement);
        }
    }

    /// <summary>Clears the counts and latest marks of every replaced school not yet cleared: before the file's own are written.</summary>
    public void FinishMarks()
    {
        foreach (var (cycleKey, waiting) in _unmarked)
            if (waiting.Count > 0) Bound(Marks, cycleKey, waiting).ExecuteNonQuery();
        _unmarked.Clear();
    }

    /// <summary>Deletes the rows no new student overwrote (<see cref="ReplacedRows.TakeLeftovers"/>).</summary>
    public void DeleteLeftovers(IEnumerable<(long First, long Last)> runs) =>
        transaction.Connection!.Execute("DELETE FROM fact_student WHERE rowid BETWEEN @First AND @Last",
            runs.Select(r => new { r.First, r.Last }), transaction);

    /// <summary>Notes the run of each school whose old rows fill one; returns the schools whose rows are scattered.</summary>
    private List<string> NoteRuns(Dictionary<string, SchoolRuns.Run> runs, int cycleKey, List<string> schools)
    {
        var scattered = new List<string>();
        foreach (var school in schools)
        {
            if (!runs.TryGetValue(school, out var run)) continue;
            if (run.IsWhole && run.Last < inPlace!.Before) inPlace.Add(cycleKey, school, run.First, run.Last);
            else scattered.Add(school);
        }
        return scattered;
    }

    /// <summary>The statement for this many schools (prepared once a file per size), bound to the cycle and schools.</summary>
    private DbCommand Bound(string sql, int cycleKey, List<string> schools)
    {
        if (!_commands.TryGetValue((sql, schools.Count), out var command))
            _commands[(sql, schools.Count)] = command = Command(sql, schools.Count);
        command.Parameters[0].Value = cycleKey;
        for (var i = 0; i < schools.Count; i++) command.Parameters[i + 2].Value = schools[i];
        return command;
    }

    private DbCommand Command(string sql, int schools)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var codes = string.Join(", ", Enumerable.Range(0, schools).Select(i => "@s" + i.ToString(CultureInfo.InvariantCulture)));
        command.CommandText = string.Format(CultureInfo.InvariantCulture, sql, codes);
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

    public void Dispose()
    {
        _runs.Dispose();
        foreach (var command in _commands.Values) command.Dispose();
    }
}
