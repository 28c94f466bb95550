using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Portal.Schools;

/// <summary>The cycle a school is working on now (the nearest deadline on or after today) and the one before it.</summary>
public static class PortalCycles
{
    public static Cycle Current(CycleCalendar calendar, DateOnly today) => calendar.Upcoming(today).First().Cycle;

    public static Cycle Previous(Cycle cycle) => cycle.Round == 1 ? new Cycle(cycle.AcademicYear - 1, 3) : new Cycle(cycle.AcademicYear, cycle.Round - 1);

    /// <summary>The cycles a school may pick on the upload form: the current one and the two before it.</summary>
    public static IReadOnlyList<Cycle> Choices(CycleCalendar calendar, DateOnly today)
    {
        var current = Current(calendar, today);
        var previous = Previous(current);
        return [current, previous, Previous(previous)];
    }
}
