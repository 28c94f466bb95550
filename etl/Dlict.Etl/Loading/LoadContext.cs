using System.Data.Common;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>Everything a kind loader needs for one file: the open transaction, lineage ids, options and the reject sink.</summary>
/// <param name="keptRejects">A check's list: rejects go there instead of etl_reject (and also to etl_reject when <paramref name="writeKept"/>).</param>
/// <param name="writeKept">A real load whose door answers with its rejects: they are kept and written.</param>
public sealed class LoadContext(IWarehouse warehouse, DbTransaction transaction, long runId, long fileId, IncomingFile file, IngestOptions options,
    List<Validation.Reject>? keptRejects = null, bool writeKept = false) : IDisposable
{
    private readonly Dictionary<Type, object> _shared = [];
    private readonly List<Action> _beforeCommit = [];

    public IWarehouse Warehouse { get; } = warehouse;

    public DbTransaction Transaction { get; } = transaction;

    public DbConnection Connection => Transaction.Connection!;

    public long RunId { get; } = runId;

    public long FileId { get; } = fileId;

    public IncomingFile File { get; } = file;

    public IngestOptions Options { get; } = options;

    public CycleCalendar Calendar => Options.Calendar;

    /// <summary>The registry's codes of the schools the file's rows named (rows rejected for other reasons included).</summary>
    public HashSet<string> Schools { get; } = new(StringComparer.Ordinal);

    public RejectSink Rejects { get; } = new(warehouse, transaction, runId, fileId, file.Name) { Kept = keptRejects, WritesKept = writeKept };

    /// <summary>The cycle the file is about when its rows do not say: <c>--cycle</c>, else the file name.</summary>
    public Cycle? FileCycle => _fileCycle.Value;

    private readonly Lazy<Cycle?> _fileCycle = new(() =>
        options.Cycle ?? (Cycle.TryFindInName(System.IO.Path.GetFileName(file.Name), out var c) ? c : null));

    /// <summary>One object per file shared by its sheets (e.g. the submissions a file makes), finished before commit.</summary>
    public T Shared<T>(Func<T> create, Action<T>? beforeCommit = null)
        where T : class
    {
        if (_shared.TryGetValue(typeof(T), out var existing)) return (T)existing;
        var created = create();
        _shared[typeof(T)] = created;
        if (beforeCommit is not null) _beforeCommit.Add(() => beforeCommit(created));
        return created;
    }

    /// <summary>
    /// Disposes the shared objects that are disposable, before the transaction ends: a load that failed half way never
    /// ran their <c>beforeCommit</c> (a roster's runs read ahead on another connection would go on reading after it).
    /// </summary>
    public void Dispose()
    {
        foreach (var shared in _shared.Values.OfType<IDisposable>()) shared.Dispose();
        _shared.Clear();
    }

    /// <summary>Runs what the sheets left to do once the whole file is read, then flushes the rejects.</summary>
    public void Complete()
    {
        foreach (var action in _beforeCommit) action();
        Rejects.Flush();
    }
}
