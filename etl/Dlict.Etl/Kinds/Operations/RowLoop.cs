using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Kinds.Operations;

/// <summary>
/// The row loop of an operations kind: read each non-blank row with a <see cref="FieldReader"/>, keep the valid
/// records and hand them to <paramref name="write"/> in batches, so memory does not grow with the file.
/// </summary>
public static class RowLoop
{
    public const int BatchSize = 10_000;

    public static SheetLoad Run<T>(LoadContext context, HeaderMatch header, IEnumerable<RawRow> rows, string? sheet,
        Func<FieldReader, T?> read, Action<IReadOnlyList<T>> write)
        where T : class
    {
        var batch = new List<T>(BatchSize);
        long loaded = 0, dataRows = 0;
        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            dataRows++;
            var fields = new FieldReader(header, sheet, row, context.Rejects.Add);
            var record = read(fields);
            if (fields.SchoolCode is { } school) context.Schools.Add(school);
            if (record is null || fields.Failed) continue;
            batch.Add(record);
            loaded++;
            if (batch.Count < BatchSize) continue;
            write(batch);
            batch.Clear();
        }
        if (batch.Count > 0) write(batch);
        return new SheetLoad(loaded, dataRows, []);
    }
}
