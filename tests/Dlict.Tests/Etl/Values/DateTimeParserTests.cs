using System.Globalization;
using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class DateTimeParserTests
{
    [TestCase("2025-07-01T09:30:00", "2025-07-01 09:30:00")]
    [TestCase("2025-07-01T09:30:00.123", "2025-07-01 09:30:00")]
    [TestCase("2025-07-01 09:30", "2025-07-01 09:30:00")]
    [TestCase("1/7/2568 09:30", "2025-07-01 09:30:00")]
    [TestCase("1/7/2568 9.30 น.", "2025-07-01 09:30:00")]
    [TestCase("1/7/2568 9.30น.", "2025-07-01 09:30:00")]
    [TestCase("1/7/2568 9.30 น", "2025-07-01 09:30:00")]
    [TestCase("1/7/2568 เวลา 13.05 น.", "2025-07-01 13:05:00")]
    [TestCase("1/7/2568 9:30:15", "2025-07-01 09:30:15")]
    [TestCase("๑/๗/๒๕๖๘ ๐๙:๓๐", "2025-07-01 09:30:00")]
    [TestCase("1 ก.ค. 2568 14:00", "2025-07-01 14:00:00")]
    [TestCase("1/7/2025 23:59:59", "2025-07-01 23:59:59")]
    [TestCase("1/7/2568", "2025-07-01 00:00:00")]
    [TestCase("2025-07-01", "2025-07-01 00:00:00")]
    [TestCase("45818", "2025-06-10 00:00:00")]
    [TestCase("45818.5", "2025-06-10 12:00:00")]
    [TestCase("45818.395833333336", "2025-06-10 09:30:00")]
    [TestCase("45818.99999999", "2025-06-11 00:00:00")]
    public void Parses(string raw, string expected)
    {
        Assert.That(DateTimeParser.TryParse(raw, out var value), Is.True, raw);
        Assert.That(value, Is.EqualTo(DateTime.ParseExact(expected, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
        Assert.That(value!.Value.Kind, Is.EqualTo(DateTimeKind.Unspecified));
    }

    [TestCase(null)]
    [TestCase("-")]
    [TestCase("  ")]
    public void Missing_is_null(string? raw)
    {
        Assert.That(DateTimeParser.TryParse(raw, out var value), Is.True);
        Assert.That(value, Is.Null);
    }

    [TestCase("1/7/2568 24:00")]
    [TestCase("1/7/2568 9:60")]
    [TestCase("1/7/2568 9")]
    [TestCase("1/7/2568 บ่าย")]
    [TestCase("31/6/2568 09:30")]
    [TestCase("09:30")]
    [TestCase("2025-07-01T")]
    [TestCase("1/7/68 09:30")]
    public void Rejects(string raw)
    {
        Assert.That(DateTimeParser.TryParse(raw, out var value), Is.False);
        Assert.That(value, Is.Null);
    }
}
