using System.Reflection;

namespace Dlict.Warehouse;

/// <summary>The embedded migration scripts of one dialect, in order: <c>0001_name.sql</c>, <c>0002_…</c>.</summary>
public static class ScriptCatalogue
{
    public static IReadOnlyList<(string Name, string Sql)> Read(Assembly assembly)
    {
        var prefix = assembly.GetName().Name + ".Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[prefix.Length..], ReadText(assembly, n)))
            .ToList();
    }

    private static string ReadText(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
