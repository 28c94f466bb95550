using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Schools;

/// <summary>
/// The writes one registry sheet makes to dim_school, collected while reading and made set-based at the end:
/// SMIS codes, same-day corrections and closed versions by <see cref="ValuesUpdate"/> (a few statements for the
/// whole registry), first and new versions by one <see cref="IWarehouse.BulkInsert"/>. Over a network a national
/// registry of 30,000 schools is then a handful of round trips instead of one or two per school.
/// </summary>
public sealed class RegistryChanges(long fileId)
{
    public const string BeginningOfTime = SchoolRegistryLoader.BeginningOfTime;
    public const string EndOfTime = SchoolRegistryLoader.EndOfTime;

    public static readonly string[] InsertColumns =
        ["school_code", "smis_code", "school_name", "district", "subdistrict", "cluster", "dltv", "status", "valid_from", "valid_to", "is_current", "etl_file_id"];

    private static readonly string[] RewriteColumns = ["school_name", "district", "subdistrict", "cluster", "dltv", "status"];
    private static readonly string[] CloseColumns = ["valid_to", "is_current"];
    private static readonly string[] SmisColumns = ["smis_code"];

    private readonly List<object?[]> _smis = [];
    private readonly List<object?[]> _rewrites = [];
    private readonly List<object?[]> _closes = [];
    private readonly List<object?[]> _inserts = [];

    /// <summary>A school seen for the first time: one version valid from the beginning of time.</summary>
    public void AddFirstVersion(SchoolRow s) =>
        _inserts.Add([s.Code, s.Smis, s.Name, s.District, s.Subdistrict, s.Cluster, s.Dltv == true ? 1 : 0, s.Status ?? "open", BeginningOfTime, EndOfTime, 1, fileId]);

    /// <summary>The SMIS code belongs to the school, not a version: every version gets it.</summary>
    public void SetSmis(string code, string smis) => _smis.Add([code, smis]);

    /// <summary>A change as of the current version's own start date corrects that version in place.</summary>
    public void Rewrite(long key, SchoolVersion v) => _rewrites.Add([key, v.Name, v.District, v.Subdistrict, v.Cluster, v.Dltv ? 1 : 0, v.Status]);

    /// <summary>A later change closes the current version at the as-of date and opens a new one from it.</summary>
    public void Supersede(long key, SchoolRow school, string? smis, SchoolVersion v)
    {
        var asOf = Iso.Date(school.AsOf);
        _closes.Add([key, asOf, 0]);
        _inserts.Add([school.Code, smis, v.Name, v.District, v.Subdistrict, v.Cluster, v.Dltv ? 1 : 0, v.Status, asOf, EndOfTime, 1, fileId]);
    }

    public void Write(LoadContext context)
    {
        var tx = context.Transaction;
        ValuesUpdate.Execute(tx, "dim_school", "school_code", SmisColumns, _smis);
        ValuesUpdate.Execute(tx, "dim_school", "school_key", RewriteColumns, _rewrites);
        ValuesUpdate.Execute(tx, "dim_school", "school_key", CloseColumns, _closes);
        context.Warehouse.BulkInsert(tx, "dim_school", InsertColumns, _inserts);
    }
}
