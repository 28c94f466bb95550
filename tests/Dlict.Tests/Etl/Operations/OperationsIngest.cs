using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Ingest with a hash key (the operations kinds hash person ids), and a small registry of three schools.</summary>
public static class OperationsIngest
{
    public static readonly HashKey Key = HashKey.FromText("test-hash-key-for-dlict-operations", "test");

    public const string School1 = "1041010001";
    public const string School2 = "1041010002";
    public const string School3 = "1041010003";

    public static IngestReport Run(TestWarehouse w, HashKey? key = null, string? kind = null) =>
        new Ingestor(w.Warehouse, new IngestOptions(w.DataDir) { HashKey = key ?? Key, Clock = w.Clock, Kind = kind }).Run();

    /// <summary>Three schools: 0001 and 0002 use DLTV, 0003 does not.</summary>
    public static TestWarehouse WithSchools()
    {
        var w = new TestWarehouse();
        w.Drop("registry.csv",
            "school_code,school_name,district,dltv\n" +
            $"{School1},บ้านหนองบัว,เมืองอุดรธานี,Y\n{School2},บ้านโคก,เมืองอุดรธานี,Y\n{School3},บ้านนา,เพ็ญ,N\n",
            arrivedAt: new DateTime(2024, 5, 1, 8, 0, 0));
        var report = Run(w); // the same key as the loads that follow: the warehouse keeps its key's fingerprint
        if (report.Totals.Loaded != 1) throw new InvalidOperationException("registry did not load: " + report.Files[0].Message);
        return w;
    }

    /// <summary>The (row, rule) pairs of the rejects of one file, in row order.</summary>
    public static List<(long Row, string Rule)> Rejects(TestWarehouse w, string file) =>
        w.Query<(long, string)>("SELECT row_number, rule FROM v_rejects WHERE source_file = @file ORDER BY row_number, rule", new { file });
}
