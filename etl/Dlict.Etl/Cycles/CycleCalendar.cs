using Dlict.Warehouse;

namespace Dlict.Etl.Cycles;

/// <summary>
/// The deadline of each cycle: 10 Jun, 10 Nov of the academic year's CE year, 31 Mar of the next
/// (inputs.md), unless dlict.json moves it for a year (OBEC does).
/// </summary>
public sealed class CycleCalendar(IReadOnlyDictionary<string, DateOnly>? overrides = null)
{
    private readonly IReadOnlyDictionary<string, DateOnly> _overrides = overrides ?? new Dictionary<string, DateOnly>();

    public static CycleCalendar Default { get; } = new();

    public DateOnly Deadline(Cycle cycle)
    {
        if (_overrides.TryGetValue(cycle.ToString(), out var moved)) return moved;
        var ce = cycle.AcademicYear - 543;
        return cycle.Round switch
        {
            1 => new DateOnly(ce, 6, 10),
            2 => new DateOnly(ce, 11, 10),
            _ => new DateOnly(ce + 1, 3, 31),
        };
    }

    /// <summary>The cycles whose deadline is on or after <paramref name="today"/>, nearest first.</summary>
    public IEnumerable<(Cycle Cycle, DateOnly Deadline)> Upcoming(DateOnly today)
    {
        var year = today.Year + 543 - 1;
        return Enumerable.Range(year, 3)
            .SelectMany(y => new[] { 1, 2, 3 }.Select(r => new Cycle(y, r)))
            .Select(c => (c, Deadline(c)))
            .Where(x => x.Item2 >= today)
            .OrderBy(x => x.Item2);
    }
}
