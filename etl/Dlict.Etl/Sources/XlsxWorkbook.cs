using ExcelDataReader;

namespace Dlict.Etl.Sources;

/// <summary>Every worksheet of an .xlsx as a streaming sheet; row numbers are Excel's.</summary>
internal static class XlsxWorkbook
{
    public static IReadOnlyList<Sheet> Open(FileSource source)
    {
        var path = source.DisplayName;
        XlsxArchiveGuard.Check(source);
        CodePages.EnsureRegistered();
        var names = new List<string>();
        Guard(path, () =>
        {
            using var reader = OpenReader(source);
            do
            {
                names.Add(reader.Name);
            }
            while (reader.NextResult());
        });

        return names.Select((name, index) => new Sheet(name, Rows(source, index))).ToList();
    }

    private static IEnumerable<RawRow> Rows(FileSource source, int sheetIndex)
    {
        var path = source.DisplayName;
        using var reader = Guard(path, () => OpenReader(source));
        for (var i = 0; i < sheetIndex; i++)
        {
            Guard(path, reader.NextResult);
        }

        while (Guard(path, reader.Read))
        {
            var cells = new string?[reader.FieldCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = CellText.From(reader.GetValue(c));
            }

            yield return new RawRow(reader.Depth + 1, cells);
        }
    }

    private static IExcelDataReader OpenReader(FileSource source)
    {
        var stream = source.Open();
        try
        {
            return ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = false });
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static void Guard(string path, Action action) => Guard(path, () =>
    {
        action();
        return true;
    });

    /// <summary>Any failure inside the parser means the workbook is unreadable.</summary>
    private static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not FileRejectedException and not OutOfMemoryException)
        {
            throw SourceFileProblem.UnreadableExcel(path, ex);
        }
    }
}
