namespace Dlict.Tests.Reports.Completeness;

/// <summary>
/// Cycle 2568/1 (deadline 10 Jun 2025): A sent at 23:59 on the deadline, B at 00:01 the day after, C never,
/// D closed from 1 May (not expected), E on 5 Jun and again on 20 Jun. A's file has a formula-looking bad grade;
/// E's name is a formula.
/// </summary>
public static class CompletenessScenario
{
    public const string A = "1041010001", B = "1041010002", C = "1041010003", D = "1041010004", E = "1041010005";
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string FormulaGrade = "=HYPERLINK(\"http://evil.example\",\"x\")";

    public static TestWarehouse Build()
    {
        var w = new TestWarehouse();
        w.LoadRegistry((A, "บ้านหนองบัว", "เมืองอุดรธานี"), (B, "บ้านโคก", "เมืองอุดรธานี"), (C, "บ้านนา", "เพ็ญ"),
            (D, "บ้านปิด", "เพ็ญ"), (E, FormulaName, "เพ็ญ"));
        w.Drop("closing.csv", $"school_code,school_name,district,cluster,status,as_of\n{D},บ้านปิด,เพ็ญ,กลุ่ม เพ็ญ,ยุบ,2025-05-01\n",
            arrivedAt: new DateTime(2025, 5, 2, 8, 0, 0));
        w.Drop("enrol_2568-1.csv",
            "school_code,grade,male,female,submitted_at\n" +
            $"{A},ป.1,3,4,2025-06-10 23:59\n" +
            $"{A},\"{FormulaGrade.Replace("\"", "\"\"", StringComparison.Ordinal)}\",1,1,2025-06-10 23:59\n" +
            $"{B},ป.1,5,5,2025-06-11 00:01\n" +
            $"{E},ป.1,2,2,2025-06-05 09:00\n", arrivedAt: new DateTime(2025, 6, 12, 8, 0, 0));
        w.Drop("enrol_2568-1 แก้ไข.csv", $"school_code,grade,male,female,submitted_at\n{E},ป.1,2,3,2025-06-20 10:00\n",
            arrivedAt: new DateTime(2025, 6, 20, 10, 0, 0));
        var report = w.Ingest();
        if (report.Totals.Rejected > 0) throw new InvalidOperationException(string.Join("\n", report.Files.Select(f => f.Message)));
        return w;
    }
}
