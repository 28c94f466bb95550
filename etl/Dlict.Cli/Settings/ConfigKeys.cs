using System.Text.Json;

namespace Dlict.Cli.Settings;

/// <summary>
/// Every key dlict.json may hold, in one list (reports.md: an unknown key, such as a misspelt <c>recipents</c>, is
/// reported by name). Add a key here when a setting is added. <c>a.*</c>: any one name under <c>a</c> (a map such as
/// deadlines); <c>a.**</c>: anything under <c>a</c>; <c>a[].b</c>: key <c>b</c> of each item of the array <c>a</c>.
/// Names compare case-insensitively, as the reader does.
/// </summary>
public static class ConfigKeys
{
    public static readonly IReadOnlyList<string> Known =
    [
        "$schema",
        "office.name",
        "warehouse.provider", "warehouse.connection", "warehouse.readerConnection",
        "deadlines.*",
        "smtp.host", "smtp.port", "smtp.security", "smtp.user", "smtp.from", "smtp.allowPlainText",
        "recipients.dataOfficers", "recipients.director",
        "delivery.folder",
        "schedules.*",
        "reminderDaysBefore",
        "archive.keepDays",
        "inbox.settleSeconds",
        "web.urls", "web.certificate", "web.maxUploadMb",
        "portal.**",
        "sources[].name", "sources[].url", "sources[].kind", "sources[].cycle", "sources[].schedule", "sources[].folder",
        "sources[].imap.host", "sources[].imap.port", "sources[].imap.security", "sources[].imap.user", "sources[].imap.folder",
        "sources[].imap.doneFolder",
    ];

    /// <summary>The paths of the keys in <paramref name="root"/> that are not in <see cref="Known"/>, e.g. <c>recipents</c>, <c>smtp.hots</c>.</summary>
    public static IReadOnlyList<string> Unknown(JsonElement root) => [.. UnknownUnder(root, "")];

    /// <summary>The known names at the level of <paramref name="path"/> (for the message: what was probably meant).</summary>
    public static IEnumerable<string> Siblings(string path)
    {
        var parent = path.Contains('.', StringComparison.Ordinal) ? path[..(path.LastIndexOf('.') + 1)] : "";
        return Known.Where(k => k.StartsWith(parent, StringComparison.OrdinalIgnoreCase))
            .Select(k => k[parent.Length..].Split('.', '[')[0])
            .Where(n => n is not ("*" or "**" or "$schema"))
            .Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> UnknownUnder(JsonElement element, string path)
    {
        if (path.Length > 0 && IsLeaf(path)) yield break;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                if (!IsKnown(child)) yield return child;
                else foreach (var unknown in UnknownUnder(property.Value, child)) yield return unknown;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var unknown in UnknownUnder(item, path + "[]")) yield return unknown;
        }
    }

    private static bool IsLeaf(string path) => Known.Any(k => Matches(k, path));

    private static bool IsKnown(string path) => Known.Any(k => Matches(k, path)
        || k.StartsWith(path + ".", StringComparison.OrdinalIgnoreCase) || k.StartsWith(path + "[]", StringComparison.OrdinalIgnoreCase));

    private static bool Matches(string known, string path)
    {
        if (known.EndsWith(".**", StringComparison.Ordinal)) return path.StartsWith(known[..^2], StringComparison.OrdinalIgnoreCase);
        if (known.EndsWith(".*", StringComparison.Ordinal))
            return path.StartsWith(known[..^1], StringComparison.OrdinalIgnoreCase) && !path[(known.Length - 1)..].Contains('.', StringComparison.Ordinal);
        return string.Equals(known, path, StringComparison.OrdinalIgnoreCase);
    }
}
