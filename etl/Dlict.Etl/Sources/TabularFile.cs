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
        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".CSV" or ".TXT" => [CsvSheet.Open(path)],
            ".XLSX" => XlsxWorkbook.Open(path),
            _ => throw SourceFileProblem.Unsupported(path),
        };
    }
}
