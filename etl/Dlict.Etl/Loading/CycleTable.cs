using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>Keeps dim_cycle in step with the cycles that arrive and with the configured deadlines.</summary>
public static class CycleTable
{
    public static void Ensure(LoadContext context, Cycle cycle)
    {
        var deadline = Iso.Date(context.Calendar.Deadline(cycle));
        var parameters = new { key = cycle.Key, cycle = cycle.ToString(), year = cycle.AcademicYear, round = cycle.Round, deadline };
        var updated = context.Connection.Execute(
            "UPDATE dim_cycle SET deadline = @deadline WHERE cycle_key = @key", parameters, context.Transaction);
        if (updated == 0)
            context.Connection.Execute(
                "INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (@key, @cycle, @year, @round, @deadline)",
                parameters, context.Transaction);
    }
}
