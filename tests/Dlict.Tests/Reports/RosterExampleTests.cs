using Dlict.Reports.Dictionary;
using Dlict.Tests.Etl.Kinds;

namespace Dlict.Tests.Reports;

/// <summary>The data dictionary's v_roster_reconciliation example lists real differences only, not every grade of schools without a roster.</summary>
public class RosterExampleTests
{
    [Test]
    public void The_example_returns_the_differences_of_schools_that_sent_a_roster()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "เพ็ญ"));
        w.Drop("enrol_2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,2,1\n1041010002,ป.1,5,5\n1041010002,ป.2,4,4\n");
        w.Drop("roster_2568-1.csv", "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n" +
            $"1041010001,{StudentRosterTests.IdWithRemainder(2)},ก,ข,ป.1,ชาย,\n1041010001,{StudentRosterTests.IdWithRemainder(4)},ก,ข,ป.1,หญิง,\n" +
            $"1041010001,{StudentRosterTests.IdWithRemainder(7)},ก,ข,ป.2,หญิง,\n", arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        w.Ingest();
        var example = DataDictionary.Views.Single(v => v.Name == "v_roster_reconciliation").ExampleQuery;

        var rows = w.Query<(string School, string Grade, string Sex, long? Roster, long? Enrolment, long? Difference)>(example);

        Assert.That(rows, Is.EqualTo(new (string, string, string, long?, long?, long?)[]
        {
            ("1041010001", "ป.1", "male", 1, 2, -1), ("1041010001", "ป.2", "female", 1, null, null),
        }));
    }
}
