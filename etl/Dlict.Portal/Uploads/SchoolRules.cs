using Dlict.Etl.Pipeline;

namespace Dlict.Portal.Uploads;

/// <summary>What a school's link may not send: an office-only kind, or rows of another school (the whole file is refused, nothing kept).</summary>
public static class SchoolRules
{
    public const string OtherSchoolThai = "ไฟล์มีข้อมูลของโรงเรียนอื่น";

    /// <summary>A check's refusal: the kinds and schools the check found (its schools include those its rejects name).</summary>
    public static UploadResult? Refusal(FileCheck check, string schoolCode) =>
        Refusal(new FileContents((check.Outcome.Kind ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), check.Schools), schoolCode);

    public static UploadResult? Refusal(FileContents contents, string schoolCode) =>
        Reason(contents, schoolCode) is { } why ? Refused(contents, schoolCode, why) : null;

    public static UploadResult Refused(FileContents contents, string schoolCode, (string Thai, string English) why) =>
        UploadResult.Refused(schoolCode, contents.Kinds.Count == 0 ? null : string.Join(",", contents.Kinds.Order(StringComparer.Ordinal)), why.Thai, why.English);

    /// <summary>Why the school door refuses the file (Thai, English), or null when it may go in.</summary>
    public static (string Thai, string English)? Reason(FileContents contents, string schoolCode)
    {
        var office = contents.Kinds.Where(k => !UploadDoor.SchoolKinds.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (office.Count > 0)
            return ($"ข้อมูลประเภท {string.Join(", ", office)} เป็นข้อมูลของสำนักงาน ส่งทางลิงก์ของโรงเรียนไม่ได้ (ส่งได้: ข้อมูลนักเรียน DMC, รายชื่อนักเรียน, การใช้ DLTV, ครุภัณฑ์) ไม่ได้บันทึกข้อมูลใด",
                $"{string.Join(", ", office)} is the office's own data and cannot be sent through a school's link (allowed: enrolment, students, dltv_usage, equipment); nothing was kept");
        var others = contents.Schools.Where(s => s != schoolCode).Order(StringComparer.Ordinal).ToList();
        if (others.Count > 0)
            return ($"{OtherSchoolThai} (รหัส {string.Join(", ", others.Take(5))}{(others.Count > 5 ? " …" : "")}) ไม่ได้บันทึกข้อมูลใด ส่งเฉพาะข้อมูลของโรงเรียน {schoolCode}",
                $"the file holds rows of another school ({string.Join(", ", others.Take(5))}); nothing was kept: send only the rows of school {schoolCode}");
        return null;
    }
}

/// <summary>The school door's rules as the last word before an upload commits: a refusal keeps nothing, and is kept here for the answer.</summary>
public sealed class SchoolGate(string schoolCode) : ICommitGate
{
    public UploadResult? Refusal { get; private set; }

    public void BeforeCommit(Etl.Loading.IncomingFile file, FileContents contents)
    {
        if (SchoolRules.Reason(contents, schoolCode) is not { } why) return;
        Refusal = SchoolRules.Refused(contents, schoolCode, why);
        throw new FileRefusedException(contents, why.Thai, why.English);
    }

    public void CommitFailed()
    {
    }
}
