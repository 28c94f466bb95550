using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class ColumnNameTests
{
    [TestCase("School_Code", "schoolcode")]
    [TestCase("school code", "schoolcode")]
    [TestCase("SCHOOL-CODE", "schoolcode")]
    [TestCase(" school.code ", "schoolcode")]
    [TestCase("รหัสกระทรวง (10 หลัก)", "รหัสกระทรวง")]
    [TestCase("ชื่อโรงเรียน (อังกฤษ)", "ชื่อโรงเรียน")]
    [TestCase("อ.1 ชาย", "อ1ชาย")]
    [TestCase("รวมอ.1", "รวมอ1")]
    [TestCase("\uFEFFรหัส OBEC", "รหัสobec")]
    [TestCase("ผู้ยืม (กลุ่มงาน/โรงเรียน)", "ผู้ยืม")]
    [TestCase("กลุ่มงาน/โรงเรียน", "กลุ่มงาน/โรงเรียน")]
    [TestCase("(หมายเหตุ)", "(หมายเหตุ)")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void Normalize(string? header, string expected) =>
        Assert.That(ColumnName.Normalize(header), Is.EqualTo(expected));
}
