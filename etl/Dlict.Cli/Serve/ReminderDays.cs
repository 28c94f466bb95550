using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Cli.Serve;

/// <summary>Which cycles get a reminder today: those whose deadline is exactly N days away, N in <c>reminderDaysBefore</c>.</summary>
public static class ReminderDays
{
    public static IReadOnlyList<(Cycle Cycle, DateOnly Deadline, int DaysLeft)> Due(CycleCalendar calendar, DateOnly today, IReadOnlyCollection<int> daysBefore) =>
        calendar.Upcoming(today)
            .Select(u => (u.Cycle, u.Deadline, DaysLeft: u.Deadline.DayNumber - today.DayNumber))
            .Where(u => daysBefore.Contains(u.DaysLeft))
            .ToList();
}
