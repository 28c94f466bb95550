using System.Data.Common;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Takes out of the warehouse what a replaced roster left there: the school's students from earlier files, its
/// counts, and the latest mark of its last version. Run for the rosters decided in a hold, just before the hold's rows
/// are written (<see cref="RosterBook.ReplaceDecided"/>), through one prepared command. Before, each school's first
/// row flushed the rows held and ran a freshly prepared DELETE: a national resubmission took ~1.9× a first load.
/// </summary>
public sealed class RosterReplacement : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter _cycle, _school;

    /// <param name="fileId">The file being loaded: its rows stay.</param>
    public RosterReplacement(DbTransaction transaction, long fileId)
    {
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            """
            DELETE FROM fact_student WHERE cycle_key = @cycle AND school_code = @school AND file_id <> @file;
            DELETE FROM fact_roster_count WHERE cycle_key = @cycle AND school_code = @school;
            UPDATE fact_roster_submission SET is_latest = 0 WHERE cycle_key = @cycle AND school_code = @school AND is_latest = 1;
            """;
        _cycle = Parameter("@cycle", 0);
        _school = Parameter("@school", "");
        Parameter("@file", fileId);
    }

    /// <summary>Replaces the school's roster of the cycle: only rows of the file being loaded stay.</summary>
    public void Replace(int cycleKey, string school)
    {
        _cycle.Value = cycleKey;
        _school.Value = school;
        _command.ExecuteNonQuery();
    }

    private DbParameter Parameter(string name, object value)
    {
        var parameter = _command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        _command.Parameters.Add(parameter);
        return parameter;
    }

    public void Dispose() => _command.Dispose();
}
