namespace Dlict.Etl.Sources;

/// <summary>Opens any supported input file (.csv, .txt, .xlsx) as sheets of raw text rows.</summary>
public static class TabularFile
{
    /// <summary>
    /// Checks the file and returns its sheets; rows are read lazily, once, when enumerated.
    /// </summary>
    /// <exception cref="FileRejectedException">Unsupported extension, empty, unreadable, corrupt or oversized file.</exception>
    public static IReadOnlyList<Sheet> Open(FileSource source)
    {
        var name = source.DisplayName;
        if (IsDelimitedText(name)) return [CsvSheet.Open(source)];
        return Path.GetExtension(name).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxWorkbook.Open(source)
            : throw SourceFileProblem.Unsupported(name);
    }

    /// <summary>A file on disk, for tools and tests: <see cref="Open(FileSource)"/> of <see cref="FileSource.FromPath"/>.</summary>
    public static IReadOnlyList<Sheet> Open(string path) => Open(FileSource.FromPath(path));

    /// <summary>A .csv or .txt name (any case).</summary>
    public static bool IsDelimitedText(string name) =>
        Path.GetExtension(name).ToUpperInvariant() is ".CSV" or ".TXT";
}
