using NodaTime;

namespace Dlict.Warehouse;

/// <summary>
/// The office's clock: every time the warehouse stores is Asia/Bangkok local time (UTC+7, no DST),
/// taken from an injectable <see cref="IClock"/> so that tests can stand on a deadline.
/// </summary>
public static class BangkokTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Bangkok"];

    public static DateTime Now(IClock clock) => clock.GetCurrentInstant().InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    public static DateOnly Today(IClock clock) => DateOnly.FromDateTime(Now(clock));

    public static DateTime FromUtc(DateTime utc) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    public static DateTime ToUtc(DateTime bangkokLocal) =>
        LocalDateTime.FromDateTime(bangkokLocal).InZoneStrictly(Zone).ToDateTimeUtc();
}
