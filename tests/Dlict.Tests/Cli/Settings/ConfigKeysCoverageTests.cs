using System.Collections;
using System.Reflection;
using System.Text.Json;
using Dlict.Cli.Settings;

namespace Dlict.Tests.Cli.Settings;

/// <summary>
/// Every property of <see cref="DlictConfig"/> is a key <see cref="ConfigKeys"/> knows: a setting added to the record
/// without its line in the list would make every dlict.json that uses it an error (inbox.settleSeconds once did).
/// </summary>
public class ConfigKeysCoverageTests
{
    [Test]
    public void Every_property_of_the_settings_record_is_a_known_key()
    {
        var paths = LeafPaths(typeof(DlictConfig), "").ToList();

        Assert.That(paths, Does.Contain("inbox.settleSeconds").And.Contain("archive.keepDays").And.Contain("smtp.allowPlainText"));
        foreach (var path in paths)
        {
            using var document = JsonDocument.Parse(JsonFor(path));
            Assert.That(ConfigKeys.Unknown(document.RootElement), Is.Empty, path);
        }
    }

    /// <summary>The dotted camelCase paths of every leaf setting (maps and arrays count as leaves).</summary>
    private static IEnumerable<string> LeafPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var isRecord = t.IsClass && t != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(t);
            if (isRecord) foreach (var leaf in LeafPaths(t, path)) yield return leaf;
            else yield return path;
        }
    }

    /// <summary>A dlict.json holding only <paramref name="path"/>, with a value of no particular type (the key check reads names only).</summary>
    private static string JsonFor(string path)
    {
        var parts = path.Split('.');
        var json = "1";
        for (var i = parts.Length - 1; i >= 0; i--) json = $"{{ \"{parts[i]}\": {json} }}";
        return json;
    }
}
