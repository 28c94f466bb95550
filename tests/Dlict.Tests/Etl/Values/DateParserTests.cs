using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class DateParserTests
{
    [TestCase("2025-06-10", "2025-06-10")]
    [TestCase("2025-6-1", "2025-06-01")]
    [TestCase("2025-06-10T09:30:00", "2025-06-10")]
    [TestCase("2025-06-10 09:30", "2025-06-10")]
    [TestCase("2568-06-10", "2025-06-10")]
    [TestCase("10/6/2568", "2025-06-10")]
    [TestCase("10/06/2025", "2025-06-10")]
    [TestCase("10-6-2568", "2025-06-10")]
    [TestCase("10.6.2568", "2025-06-10")]
    [TestCase("๑๐/๖/๒๕๖๘", "2025-06-10")]
    [TestCase("1/7/2568 9.30 น.", "2025-07-01")]
    [TestCase("29/2/2567", "2024-02-29")]
    [TestCase("1/1/1968", "1968-01-01")]
    [TestCase("1/1/2068", "2068-01-01")]
    [TestCase("1/1/2443", "1900-01-01")]
    [TestCase("10 มิ.ย. 2568", "2025-06-10")]
    [TestCase("10 มิ.ย.2568", "2025-06-10")]
    [TestCase("10มิ.ย.2568", "2025-06-10")]
    [TestCase("10 มิย 2568", "2025-06-10")]
    [TestCase("10 มิถุนายน 2568", "2025-06-10")]
    [TestCase("๑๐ มิถุนายน ๒๕๖๘", "2025-06-10")]
    [TestCase("10 มิถุนายน พ.ศ. 2568", "2025-06-10")]
    [TestCase("10 มิ.ย.พ.ศ.2568", "2025-06-10")]
    [TestCase("10 June 2025", null)]
    [TestCase("1 ม.ค. 2568", "2025-01-01")]
    [TestCase("1 มกราคม 2568", "2025-01-01")]
    [TestCase("1 ก.พ. 2568", "2025-02-01")]
    [TestCase("1 กุมภาพันธ์ 2568", "2025-02-01")]
    [TestCase("1 มี.ค. 2568", "2025-03-01")]
    [TestCase("1 มีนาคม 2568", "2025-03-01")]
    [TestCase("1 เม.ย. 2568", "2025-04-01")]
    [TestCase("1 เมย 2568", "2025-04-01")]
    [TestCase("1 เมษายน 2568", "2025-04-01")]
    [TestCase("1 พ.ค. 2568", "2025-05-01")]
    [TestCase("1 พฤษภาคม 2568", "2025-05-01")]
    [TestCase("1 ก.ค. 2568", "2025-07-01")]
    [TestCase("1 กรกฎาคม 2568", "2025-07-01")]
    [TestCase("1 ส.ค. 2568", "2025-08-01")]
    [TestCase("1 สิงหาคม 2568", "2025-08-01")]
    [TestCase("1 ก.ย. 2568", "2025-09-01")]
    [TestCase("1 กันยายน 2568", "2025-09-01")]
    [TestCase("1 ต.ค. 2568", "2025-10-01")]
    [TestCase("1 ตุลาคม 2568", "2025-10-01")]
    [TestCase("1 พ.ย. 2568", "2025-11-01")]
    [TestCase("1 พฤศจิกายน 2568", "2025-11-01")]
    [TestCase("1 ธ.ค. 2568", "2025-12-01")]
    [TestCase("1 ธันวาคม 2568", "2025-12-01")]
    [TestCase("15 Dec 2025", null)]
    [TestCase("45818", "2025-06-10")]
    [TestCase("45818.75", "2025-06-10")]
    [TestCase("1", "1900-01-01")]
    [TestCase("59", "1900-02-28")]
    [TestCase("61", "1900-03-01")]
    public void Parses(string raw, string? expectedIso)
    {
        var ok = DateParser.TryParse(raw, out var value);

        if (expectedIso is null)
        {
            Assert.That(ok, Is.False);
            return;
        }

        Assert.That(ok, Is.True, raw);
        Assert.That(value, Is.EqualTo(DateOnly.ParseExact(expectedIso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" - ")]
    [TestCase("—")]
    public void Missing_is_null(string? raw)
    {
        Assert.That(DateParser.TryParse(raw, out var value), Is.True);
        Assert.That(value, Is.Null);
    }

    [TestCase("31/02/2568")]
    [TestCase("29/2/2568")]
    [TestCase("32/1/2568")]
    [TestCase("1/13/2568")]
    [TestCase("0/1/2568")]
    [TestCase("10/6/68")]
    [TestCase("10/6/25")]
    [TestCase("1/1/3068")]
    [TestCase("1/1/1899")]
    [TestCase("1/1/2401")]
    [TestCase("2025-13-01")]
    [TestCase("2025-06-10 25:00")]
    [TestCase("10/6-2568")]
    [TestCase("10 มิถุนา 2568")]
    [TestCase("10 XX 2568")]
    [TestCase("60")]
    [TestCase("0")]
    [TestCase("2958466")]
    [TestCase("-5")]
    [TestCase("20250610")]
    [TestCase("1,234")]
    [TestCase("วันนี้")]
    [TestCase("10/6/2568 abc")]
    public void Rejects(string raw)
    {
        Assert.That(DateParser.TryParse(raw, out var value), Is.False);
        Assert.That(value, Is.Null);
    }
}
