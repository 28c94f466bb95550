using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Dlict.Cli.Settings;

/// <summary>
/// dlict.json as a configuration source: comments and trailing commas allowed; an unknown key, a file that is not
/// JSON or a deadline that is not <c>yyyy-MM-dd</c> is a usage error naming the file (exit 2). A missing file adds nothing.
/// </summary>
public static class ConfigFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static void Add(IConfigurationBuilder builder, string path)
    {
        if (!File.Exists(path)) return;
        var text = File.ReadAllText(path);
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            RefuseUnknownKeys(path, document.RootElement);
            RefuseLooseDeadlines(path, document.RootElement);
        }
        catch (JsonException e)
        {
            throw Unreadable(path, e.Message);
        }
        builder.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(text)));
    }

    public static UsageException Unreadable(string path, string reason) =>
        new($"อ่านไฟล์ตั้งค่า {path} ไม่ได้ / Cannot read {path}: {reason}");

    private static void RefuseUnknownKeys(string path, JsonElement root)
    {
        var unknown = ConfigKeys.Unknown(root);
        if (unknown.Count == 0) return;
        var known = string.Join(", ", ConfigKeys.Siblings(unknown[0]));
        var names = string.Join(", ", unknown.Select(k => $"'{k}'"));
        throw new UsageException(
            $"ไม่รู้จักคีย์ {names} ใน {path} (คีย์ที่รู้จักในระดับนี้: {known}) / unknown key {names} in {path} (known at this level: {known})");
    }

    /// <summary>
    /// A deadline is an ISO date only: the binder would read <c>12/6/2025</c> month first, 6 December, where a Thai
    /// officer meant 12 June.
    /// </summary>
    private static void RefuseLooseDeadlines(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return;
        var deadlines = root.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, "deadlines", StringComparison.OrdinalIgnoreCase));
        if (deadlines.Value.ValueKind != JsonValueKind.Object) return;
        foreach (var deadline in deadlines.Value.EnumerateObject())
        {
            var text = deadline.Value.ValueKind == JsonValueKind.String ? deadline.Value.GetString() : deadline.Value.GetRawText();
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                throw Unreadable(path, $"กำหนดส่งของรอบ {deadline.Name} ต้องเป็นวันที่แบบ yyyy-MM-dd เช่น 2025-06-12 / the deadline of {deadline.Name} " +
                    $"must be a date written yyyy-MM-dd, e.g. 2025-06-12 (got {text})");
        }
    }
}
