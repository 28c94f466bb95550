using Dlict.Etl.Pipeline;

namespace Dlict.Portal.Uploads;

/// <summary>What a school's link may not send: an office-only kind, or rows of another school (the whole file is refused, nothing kept).</summary>
public static class SchoolRules
{
    public const string OtherSchoolThai = "ไฟล์มีข้อมูลของโรงเรียนอื่น";

    public static UploadResult? Refusal(FileCheck check, string schoolCode)
    {
        var kinds = (check.Outcome.Kind ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var office = kinds.Where(k => !UploadDoor.SchoolKinds.Contains(k)).ToList();
        if (office.Count > 0)
            return UploadResult.Refused(schoolCode, check.Outcome.Kind,
                $"ข้อมูลประเภท {string.Join(", ", office)} เป็นข้อมูลของสำนักงาน ส่งทางลิงก์ของโรงเรียนไม่ได้ (ส่งได้: ข้อมูลนักเรียน DMC, รายชื่อนักเรียน, การใช้ DLTV, ครุภัณฑ์) ไม่ได้บันทึกข้อมูลใด",
                $"{string.Join(", ", office)} is the office's own data and cannot be sent through a school's link (allowed: enrolment, students, dltv_usage, equipment); nothing was kept");
        var named = check.Schools.Concat(check.Rejects.Select(r => r.SchoolCode).OfType<string>()).Distinct(StringComparer.Ordinal);
        var others = named.Where(s => s != schoolCode).Order(StringComparer.Ordinal).ToList();
        if (others.Count > 0)
            return UploadResult.Refused(schoolCode, check.Outcome.Kind,
                $"{OtherSchoolThai} (รหัส {string.Join(", ", others.Take(5))}{(others.Count > 5 ? " …" : "")}) ไม่ได้บันทึกข้อมูลใด ส่งเฉพาะข้อมูลของโรงเรียน {schoolCode}",
                $"the file holds rows of another school ({string.Join(", ", others.Take(5))}); nothing was kept: send only the rows of school {schoolCode}");
        return null;
    }
}
