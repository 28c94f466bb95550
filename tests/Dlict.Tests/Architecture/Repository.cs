namespace Dlict.Tests.Architecture;

/// <summary>The repository's source files, read from disk (the tests run from the source tree).</summary>
public static class Repository
{
    public static string Root([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../.."));

    /// <summary>Files under <paramref name="folder"/> (relative to the root) ending in <paramref name="extension"/>, build output excluded.</summary>
    public static IEnumerable<string> Files(string folder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(Root(), folder), "*" + extension, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root(), p).Replace('\\', '/'))
            .Where(p => !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<SourceFile> CSharp(string folder) =>
        Files(folder, ".cs").Select(p => new SourceFile(p, File.ReadAllText(Path.Combine(Root(), p))));
}
