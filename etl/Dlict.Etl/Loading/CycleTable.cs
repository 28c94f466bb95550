using System.Data.Common;
using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>Keeps dim_cycle in step with the cycles that arrive and with the configured deadlines.</summary>
public static class CycleTable
{
    public static void Ensure(LoadContext context, Cycle cycle) =>
        Ensure(context.Connection, context.Transaction, cycle, context.Calendar);

    /// <summary>Inserts the cycle, or sets its deadline from the calendar (dlict.json may have moved it since the data arrived).</summary>
    public static void Ensure(DbConnection connection, DbTransaction? transaction, Cycle cycle, CycleCalendar calendar)
    {
        var deadline = calendar.Deadline(cycle);
        if (DeadlineSync.Set(connection, transaction, cycle, deadline) == 0)
            connection.Execute(
                "INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (@key, @cycle, @year, @round, @deadline)",
                new { key = cycle.Key, cycle = cycle.ToString(), year = cycle.AcademicYear, round = cycle.Round, deadline = Iso.Date(deadline) }, transaction);
    }
}
