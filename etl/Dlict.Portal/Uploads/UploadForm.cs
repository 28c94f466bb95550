using Dlict.Etl.Cycles;
using Dlict.Warehouse;
using Microsoft.AspNetCore.Http;

namespace Dlict.Portal.Uploads;

/// <summary>
/// Reads the multipart form of an upload: field <c>file</c> (csv, txt, xlsx, at most the size limit) and optional
/// <c>cycle</c>. A problem answers before the pipeline: 400 (no form, no file, an unreadable cycle, another type), 413 (too large).
/// </summary>
public sealed record UploadForm(byte[]? Bytes, string? DisplayName, Cycle? Cycle, long Size, UploadForm.Refusal? Problem)
{
    public sealed record Refusal(int Status, string Outcome, string Message);

    public static async Task<UploadForm> Read(HttpContext context, long maxBytes)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes + (1 << 20)) return TooLarge(request.ContentLength ?? 0, maxBytes);
        if (!request.HasFormContentType) return Bad("no_file", "ไม่พบไฟล์: ส่งแบบ multipart/form-data ช่อง file / no file: send multipart/form-data with field 'file'");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(request.ContentLength ?? 0, maxBytes);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(request.ContentLength ?? 0, maxBytes);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Bad("no_file", "อ่านแบบฟอร์มไม่ได้ / the form could not be read");
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
            return Bad("no_file", "ไม่พบไฟล์ในช่อง file หรือไฟล์ว่าง / no file in field 'file', or the file is empty");
        if (file.Length > maxBytes) return TooLarge(file.Length, maxBytes);
        var name = UploadName.Display(file.FileName);
        if (UploadName.Extension(name) is null)
            return Bad("refused", $"รับเฉพาะไฟล์ .xlsx .csv .txt (ไฟล์ที่ส่ง: {name}) / only .xlsx, .csv and .txt files are taken (sent: {name})") with { DisplayName = name };
        Cycle? cycle = null;
        var cycleText = form["cycle"].ToString().Trim();
        if (cycleText.Length > 0)
        {
            if (!Dlict.Warehouse.Cycle.TryParse(Etl.Values.ThaiText.Clean(cycleText), out var parsed))
                return Bad("refused", $"รอบข้อมูล '{cycleText}' ไม่ถูกต้อง เช่น 2568/1 / invalid cycle '{cycleText}', e.g. 2568/1") with { DisplayName = name };
            cycle = parsed;
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(bytes, context.RequestAborted);
        return new UploadForm(bytes, name, cycle, bytes.Length, null);
    }

    private static UploadForm Bad(string outcome, string message) => new(null, null, null, 0, new Refusal(StatusCodes.Status400BadRequest, outcome, message));

    private static UploadForm TooLarge(long size, long maxBytes) => new(null, null, null, size, new Refusal(StatusCodes.Status413PayloadTooLarge, "too_large",
        $"ไฟล์ใหญ่เกิน {maxBytes / (1024 * 1024)} MB / the file is larger than {maxBytes / (1024 * 1024)} MB"));
}
