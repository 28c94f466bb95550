namespace Dlict.Etl.Sources;

/// <summary>Opens any supported input file (.csv, .txt, .xlsx) as sheets of raw text rows.</summary>
public static class TabularFile
{
    /// <summary>
    /// Checks the file and returns its sheets; rows are read lazily, once, when enumerated.
    /// </summary>
    /// <exception cref="FileRejectedException">Unsupported extension, empty, unreadable, corrupt or oversized file.</exception>
    public static IReadOnlyList<Sheet> Open(string path)
    {
        if (IsDelimitedText(path)) return [CsvSheet.Open(path)];
        return Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxWorkbook.Open(path)
            : throw SourceFileProblem.Unsupported(path);
    }

    /// <summary>A .csv or .txt file (any case).</summary>
    public static bool IsDelimitedText(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".CSV" or ".TXT";
}
