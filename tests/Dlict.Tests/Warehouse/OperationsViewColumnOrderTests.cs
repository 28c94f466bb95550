namespace Dlict.Tests.Warehouse;

/// <summary>The operations views start with exactly the columns of warehouse.md, in its order (extra columns only after them), in both dialects.</summary>
public class OperationsViewColumnOrderTests
{
    private static readonly Dictionary<string, string[]> Documented = new()
    {
        ["v_training"] = ["course_code", "course_title", "start_date", "fiscal_year", "school_code", "work_group", "participants", "attended", "passed", "hours"],
        ["v_equipment"] = ["school_code", "school_name", "district", "equipment_type", "survey_date", "quantity", "working", "broken"],
        ["v_dltv_readiness"] = ["school_code", "school_name", "district", "has_dish", "has_receiver", "has_tv", "ready", "usage_rate", "last_supervision", "last_rating"],
        ["v_loans"] = ["loan_no", "item", "equipment_type", "borrower_group", "loan_date", "due_date", "returned_date", "status"],
        ["v_service_requests"] = ["request_no", "requested_at", "requester_group", "service_type", "decision", "completed_at", "turnaround_days"],
    };

    [Test]
    public void SQLite_and_TSql_views_lead_with_the_documented_columns()
    {
        foreach (var (dialect, model) in new[] { ("SQLite", SqliteSchemaReader.ReadMigrated()), ("T-SQL", TsqlSchemaReader.ReadScripts()) })
            foreach (var (view, columns) in Documented)
                Assert.That(model.Views[view].Take(columns.Length), Is.EqualTo(columns), $"{dialect} {view}");
    }
}
