using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class StaffIdTests
{
    [TestCase("1101700230708", "1101700230708")]
    [TestCase("1-1017-00230-70-8", "1101700230708")]
    [TestCase("EMP100", "EMP100")]
    [TestCase("emp-0042", "EMP0042")]
    [TestCase(" EMP 0042 ", "EMP0042")]
    [TestCase("12345", "12345")]
    [TestCase("๑๒๓๔๕", "12345")]
    public void Citizen_ids_and_staff_codes_are_accepted(string raw, string expected)
    {
        Assert.That(StaffId.TryNormalize(raw, out var id), Is.True);
        Assert.That(id, Is.EqualTo(expected));
    }

    [TestCase("1101700230705")]
    [TestCase("1-1017-00230-70-5")]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    [TestCase("นายหนึ่ง ใจดี")]
    [TestCase("EMP")]
    public void A_13_digit_number_with_a_wrong_check_digit_or_nothing_is_refused(string? raw)
    {
        Assert.That(StaffId.TryNormalize(raw, out var id), Is.False);
        Assert.That(id, Is.Null);
    }
}
