using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Portal.Uploads;

/// <summary>INTERIM until the doors merge: loads through the Ingestor from a staged path.</summary>
public sealed class UploadDoor(IWarehouse warehouse, IngestOptions options) : IUploadPipeline
{
    public UploadResult Run(Upload upload, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.DataDir.Root, "uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, UploadName.Stored(upload.SchoolCode, upload.ArrivedAt, UploadName.Extension(upload.DisplayName) ?? ".bin"));
        File.WriteAllBytes(path, upload.Bytes);
        var report = new Ingestor(warehouse, options with { Paths = [path], Cycle = upload.Cycle }).Run(null, cancellationToken);
        var o = report.Files[0];
        return new UploadResult(o.Status.ToString().ToLowerInvariant(), o.Kind, o.Cycle, upload.SchoolCode, o.RowsLoaded, o.RowsRejected, [], o.Message ?? "");
    }
}
