using System.IO.Compression;

namespace Dlict.Etl.Sources;

/// <summary>
/// An .xlsx is a zip: before handing it to a parser, refuse non-zips and zip bombs
/// (over 200 MB uncompressed in all, or a large entry compressed more than 500 to 1).
/// </summary>
internal static class XlsxArchiveGuard
{
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;
    private const long RatioCheckFloor = 10L * 1024 * 1024;
    private const long MaxRatio = 500;

    public static void Check(FileSource source)
    {
        var path = source.DisplayName;
        long total = 0;
        try
        {
            using var stream = source.Open();
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var absurd = entry.Length > RatioCheckFloor && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength);
                if (total > MaxUncompressedBytes || absurd)
                {
                    throw SourceFileProblem.ExcelTooLarge(path);
                }
            }

            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw SourceFileProblem.UnreadableExcel(path);
            }
        }
        catch (InvalidDataException ex)
        {
            throw SourceFileProblem.UnreadableExcel(path, ex);
        }
    }
}
