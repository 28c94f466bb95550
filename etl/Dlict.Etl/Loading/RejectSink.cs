using System.Data.Common;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>
/// Collects row problems and writes them to etl_reject (append-only) inside the file's transaction: every
/// <see cref="BatchSize"/>, and the rest when the load completes (<see cref="LoadContext.Complete"/>). Loaders only add.
/// </summary>
public sealed class RejectSink(IWarehouse warehouse, DbTransaction transaction, long runId, long fileId, string fileName)
{
    private const int BatchSize = 5_000;
    private const int MaxValueLength = 500;

    private static readonly string[] Columns =
        ["run_id", "file_id", "source_file", "sheet", "row_number", "column_name", "rule", "severity", "value", "message", "message_en", "school_code", "cycle_key"];

    private readonly List<Reject> _pending = [];
    private readonly HashSet<(string?, int?)> _rejectedRows = [];
    private readonly HashSet<(string?, int?)> _unknownSchoolRows = [];

    /// <summary>When set, rejects are kept here, in the order found: a check's list (never written), or a door's copy (<see cref="WritesKept"/>).</summary>
    public List<Reject>? Kept { get; init; }

    /// <summary>Kept rejects are also written to etl_reject: a real load whose door answers with them (a web upload).</summary>
    public bool WritesKept { get; init; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    /// <summary>Distinct rows with at least one error: the file's rejected row count.</summary>
    public long RejectedRows => _rejectedRows.Count;

    /// <summary>Distinct rows rejected (among other things) because their school is not in the registry.</summary>
    public long UnknownSchoolRows => _unknownSchoolRows.Count;

    /// <summary>The school codes the rejects name (a code not in the registry included).</summary>
    public HashSet<string> Schools { get; } = new(StringComparer.Ordinal);

    public void Add(Reject reject)
    {
        if (reject.SchoolCode is { } school) Schools.Add(school);
        if (reject.Rule.Severity == Severity.Error)
        {
            Errors++;
            _rejectedRows.Add((reject.Sheet, reject.RowNumber));
            if (reject.Rule.MeansUnknownSchool) _unknownSchoolRows.Add((reject.Sheet, reject.RowNumber));
        }
        else
        {
            Warnings++;
        }
        if (Kept is not null)
        {
            Kept.Add(reject.Value is { Length: > MaxValueLength } v ? reject with { Value = v[..MaxValueLength] } : reject); // as etl_reject keeps it
            if (!WritesKept) return;
        }
        _pending.Add(reject);
        if (_pending.Count >= BatchSize) Flush();
    }

    public void Flush()
    {
        if (_pending.Count == 0) return;
        warehouse.BulkInsert(transaction, "etl_reject", Columns, _pending.Select(r => new object?[]
        {
            runId, fileId, fileName, r.Sheet, r.RowNumber, r.Column, r.Rule.Code, r.Rule.Severity == Severity.Error ? "error" : "warning",
            r.Value is { Length: > MaxValueLength } v ? v[..MaxValueLength] : r.Value, r.Message, r.MessageEnglish, r.SchoolCode, r.CycleKey,
        }));
        _pending.Clear();
    }
}
