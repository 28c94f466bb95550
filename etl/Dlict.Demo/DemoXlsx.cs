using System.IO.Compression;
using OfficeOpenXml;

namespace Dlict.Demo;

/// <summary>EPPlus set-up and a byte-stable save: the zip entries get fixed timestamps so the same seed gives the same bytes.</summary>
internal static class DemoXlsx
{
    private static readonly Lock Gate = new();
    private static bool _licensed;

    public static void EnsureLicence()
    {
        lock (Gate)
        {
            if (_licensed) return;
            // As Dlict.Reports.EpplusLicence: a licence in the EPPlusLicense variable (a commercial user's) wins.
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("EPPlusLicense")))
                ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics demo");
            _licensed = true;
        }
    }

    public static void Save(ExcelPackage package, string path, DateTime lastWrite)
    {
        package.Workbook.Properties.Created = lastWrite;
        package.Workbook.Properties.Modified = lastWrite;
        var bytes = package.GetAsByteArray();
        using (var source = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        using (var target = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, System.IO.Compression.CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        File.SetLastWriteTime(path, lastWrite);
    }
}
