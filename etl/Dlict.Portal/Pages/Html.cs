using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Dlict.Portal.Pages;

/// <summary>
/// Every page's frame and the one encoder: every value from a file or the database goes through <see cref="E"/>
/// (Thai stays readable, &lt; &gt; &amp; " ' are escaped). Styles come from /portal.css (CSP: default-src 'self', no inline style).
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    public static string E(long number) => number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Page(string title, string body)
    {
        var page = new StringBuilder(body.Length + 600);
        page.Append("<!doctype html>\n<html lang=\"th\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(E(title)).Append("</title><link rel=\"stylesheet\" href=\"/portal.css\"></head>\n<body><main>\n")
            .Append(body)
            .Append("\n</main></body></html>\n");
        return page.ToString();
    }

    /// <summary>Thai first, English smaller beside it.</summary>
    public static string Both(string thai, string english) => $"{E(thai)} <span class=\"en\">{E(english)}</span>";

    public const string NotFoundBody =
        "<h1>ไม่พบหน้านี้ <span class=\"en\">Page not found</span></h1><p>ลิงก์อาจถูกยกเลิกหรือพิมพ์ไม่ครบ โปรดติดต่อเจ้าหน้าที่ข้อมูลของ สพป. " +
        "<span class=\"en\">The link may have been revoked or mistyped: ask the office's data officer.</span></p>";
}
