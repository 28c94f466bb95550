using System.Text;

namespace Dlict.Cli.Pull.Http;

/// <summary>The body of a 200 answer, saved to its staging file and refused when it is empty, past the limit or an HTML page.</summary>
public static class Body
{
    /// <summary>Null when the body is usable, else why not (the caller deletes the staging file).</summary>
    public static string? Save(HttpResponseMessage response, string staged, long maxBytes, CancellationToken token)
    {
        using (var body = response.Content.ReadAsStream(token))
        using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = body.ReadAsync(buffer, token).AsTask().GetAwaiter().GetResult()) > 0)
            {
                total += read;
                if (total > maxBytes)
                    return $"ใหญ่เกิน web.maxUploadMb ({maxBytes / 1048576.0:0.#} MB) / larger than web.maxUploadMb ({maxBytes / 1048576.0:0.#} MB): more than {maxBytes:N0} bytes";
                file.Write(buffer, 0, read);
            }
            if (total == 0) return "คำตอบว่างเปล่า ไม่มีข้อมูล / the answer is empty: no data";
        }
        if (LooksLikeHtml(response, staged))
            return "ได้หน้าเว็บ (HTML เช่น หน้าเข้าสู่ระบบ) แทนไฟล์ข้อมูล ตรวจว่าเผยแพร่เป็น CSV แล้ว / an HTML page (a login page?) came instead of data: check the sheet is published as CSV";
        return null;
    }

    /// <summary>The file name the server gave (Content-Disposition), if any.</summary>
    public static string? ServerName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition is { } d ? (d.FileNameStar ?? d.FileName)?.Trim('"') : response.RequestMessage?.RequestUri?.AbsolutePath;

    private static bool LooksLikeHtml(HttpResponseMessage response, string staged)
    {
        if (response.Content.Headers.ContentType?.MediaType is "text/html" or "application/xhtml+xml") return true;
        var head = new byte[512];
        int read;
        using (var stream = File.OpenRead(staged)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<head", StringComparison.OrdinalIgnoreCase);
    }
}
