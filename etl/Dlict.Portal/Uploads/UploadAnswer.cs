using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;

namespace Dlict.Portal.Uploads;

/// <summary>The pipeline's outcome and reject rows as portal.md's answer, with the Thai summary line.</summary>
public static class UploadAnswer
{
    public static UploadResult From(FileCheck check, string schoolCode, bool checkOnly)
    {
        var o = check.Outcome;
        var rejects = check.Rejects.Select(r => new UploadReject(r.RowNumber, r.Column, r.Value, r.Rule.Code, r.Message, r.MessageEnglish)).ToList();
        return o.Status switch
        {
            FileStatus.Loaded => new UploadResult(UploadResult.Loaded, o.Kind, o.Cycle, schoolCode, o.RowsLoaded, o.RowsRejected, rejects,
                checkOnly
                    ? $"ตรวจแล้ว: ถ้าส่งจะรับข้อมูล {o.RowsLoaded:N0} แถว ไม่ผ่านการตรวจ {o.RowsRejected:N0} แถว (ยังไม่ได้บันทึก) / checked: {o.RowsLoaded:N0} row(s) would load, {o.RowsRejected:N0} rejected (nothing kept)"
                    : $"รับข้อมูลแล้ว {o.RowsLoaded:N0} แถว ไม่ผ่านการตรวจ {o.RowsRejected:N0} แถว / loaded {o.RowsLoaded:N0} row(s), {o.RowsRejected:N0} rejected"),
            FileStatus.Skipped => new UploadResult(UploadResult.Skipped, o.Kind, o.Cycle, schoolCode, 0, 0, [],
                "ไฟล์นี้เคยส่งและรับไว้แล้ว ไม่ได้บันทึกซ้ำ / the same file was loaded before: nothing new kept"),
            _ => new UploadResult(UploadResult.Rejected, o.Kind, o.Cycle, schoolCode, 0, 0, [], o.Message ?? "ไม่รับไฟล์นี้ / file not accepted"),
        };
    }
}
