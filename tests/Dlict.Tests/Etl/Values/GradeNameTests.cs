using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class GradeNameTests
{
    [TestCase("อ.1", "อ.1")]
    [TestCase("อ1", "อ.1")]
    [TestCase("อ. 2", "อ.2")]
    [TestCase("อนุบาล 1", "อ.1")]
    [TestCase("อนุบาล3", "อ.3")]
    [TestCase("อนุบาลปีที่ 1", "อ.1")]
    [TestCase("ป.1", "ป.1")]
    [TestCase("ป1", "ป.1")]
    [TestCase("ป.๖", "ป.6")]
    [TestCase("ประถมศึกษาปีที่ 1", "ป.1")]
    [TestCase("ประถมศึกษาปีที่ ๕", "ป.5")]
    [TestCase("ม.1", "ม.1")]
    [TestCase("ม6", "ม.6")]
    [TestCase("มัธยมศึกษาปีที่ 1", "ม.1")]
    [TestCase("มัธยมศึกษาปีที่ 4", "ม.4")]
    [TestCase("ปวช.1", "ปวช.1")]
    [TestCase("ปวช 3", "ปวช.3")]
    [TestCase("K1", "อ.1")]
    [TestCase("k3", "อ.3")]
    [TestCase("P1", "ป.1")]
    [TestCase("p6", "ป.6")]
    [TestCase("M1", "ม.1")]
    [TestCase("M6", "ม.6")]
    public void Normalizes(string raw, string expected)
    {
        Assert.That(GradeName.TryNormalize(raw, out var grade), Is.True, raw);
        Assert.That(grade, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("อ.4")]
    [TestCase("ป.7")]
    [TestCase("ม.7")]
    [TestCase("ปวช.4")]
    [TestCase("K4")]
    [TestCase("P0")]
    [TestCase("ป.10")]
    [TestCase("รวมประถม")]
    [TestCase("Grade 1")]
    public void Rejects(string? raw)
    {
        Assert.That(GradeName.TryNormalize(raw, out var grade), Is.False);
        Assert.That(grade, Is.Null);
    }

    [TestCase("อ.1", 1)]
    [TestCase("อ.3", 3)]
    [TestCase("ป.1", 4)]
    [TestCase("ป.6", 9)]
    [TestCase("ม.1", 10)]
    [TestCase("ม.4", 13)]
    [TestCase("ม.6", 15)]
    [TestCase("ปวช.1", 16)]
    [TestCase("ปวช.3", 18)]
    [TestCase("P1", 4)]
    public void Order(string grade, int expected) =>
        Assert.That(GradeName.Order(grade), Is.EqualTo(expected));

    [Test]
    public void Order_of_a_non_grade_throws() =>
        Assert.That(() => GradeName.Order("x"), Throws.ArgumentException);

    [Test]
    public void All_lists_the_18_grades_in_order()
    {
        Assert.That(GradeName.All, Has.Count.EqualTo(18));
        Assert.That(GradeName.All[0], Is.EqualTo("อ.1"));
        Assert.That(GradeName.All[17], Is.EqualTo("ปวช.3"));
        Assert.That(GradeName.All.Select(GradeName.Order), Is.EqualTo(Enumerable.Range(1, 18)));
    }
}
