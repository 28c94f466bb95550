using Dlict.Etl.Doors;
using Dlict.Etl.Kinds;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>A kind is one folder whose <see cref="IInputKind"/> registers itself (issue 18 item 3).</summary>
public class KindCatalogueTests
{
    private static readonly string[] KindNames =
        ["schools", "enrolment", "students", "training", "equipment", "loans", "dltv_usage", "supervision", "service_requests"];

    [Test]
    public void Every_kind_is_found_in_its_own_folder_most_specific_first_and_loads_its_own_schema()
    {
        // The nine kinds of inputs.md in their order; a kind added later may sit anywhere among them.
        Assert.That(KindCatalogue.All.Select(k => k.Name).Where(KindNames.Contains), Is.EqualTo(KindNames));
        Assert.That(KindCatalogue.Kinds.Select(k => k.Specificity), Is.Ordered.Descending);
        Assert.That(Ingestor.Loaders.Select(l => l.Schema.Name), Is.EqualTo(KindCatalogue.All.Select(k => k.Name)), "the ingest takes the catalogue's loaders");
        foreach (var kind in KindCatalogue.Kinds)
        {
            var folder = kind.GetType().Namespace!["Dlict.Etl.Kinds.".Length..];
            Assert.That(kind.GetType().Namespace, Does.StartWith("Dlict.Etl.Kinds."), kind.Schema.Name);
            Assert.That(folder.Replace("_", "", StringComparison.Ordinal), Is.EqualTo(kind.Schema.Name.Replace("_", "", StringComparison.Ordinal)).IgnoreCase, "Kinds/<Kind>/ is named after the kind");
            Assert.That(kind.Loader.Schema, Is.SameAs(kind.Schema), kind.Schema.Name);
            Assert.That(kind.Loader.GetType().Namespace, Is.EqualTo(kind.GetType().Namespace), kind.Schema.Name);
        }
    }

    [Test]
    public void Personal_columns_and_ids_are_declared_by_the_kinds()
    {
        Assert.That(KindCatalogue.Find("supervision")!.IsPersonId("supervisor_id"), Is.True);
        Assert.That(KindCatalogue.Find("training")!.IsPersonId("person_id"), Is.True);
        Assert.That(KindCatalogue.Find("students")!.IsPersonId("student_id"), Is.True);
        Assert.That(KindCatalogue.Find("supervision")!.IsPersonId("school_code"), Is.False);
        Assert.That(KindCatalogue.Find("students")!.Columns.Where(c => c.IsPersonal).Select(c => c.Name), Is.EqualTo(new[] { "first_name", "last_name", "full_name" }));
        Assert.That(KindCatalogue.MeansUnknownSchool("STU-005"), Is.True);
        Assert.That(KindCatalogue.MeansUnknownSchool("STU-001"), Is.False);
        Assert.That(KindCatalogue.Rules.Where(r => r.MeansUnknownSchool).Select(r => r.Code),
            Is.SupersetOf(new[] { "DLT-002", "ENR-002", "ENR-012", "EQP-002", "STU-005", "SUP-002", "TRN-005" }).And.Not.Contains("ENR-013"));
    }

    [Test]
    public void A_kind_declared_anywhere_is_discovered_and_its_own_header_layout_is_recognised()
    {
        var kinds = KindCatalogue.Discover([typeof(PlantedKind), typeof(KindCatalogueTests)]);
        Assert.That(kinds.Select(k => k.Schema.Name), Is.EqualTo(new[] { "planted" }));

        // The header has neither "code" nor "count" by name: only the kind's layout understands it.
        var head = new[] { new RawRow(1, ["title"]), new RawRow(2, ["รหัส", "n:a", "n:b", "n:c"]) };
        var match = HeaderLocator.Locate(head, [PlantedKind.Schema, KindCatalogue.Find("loans")!], "x.csv");

        Assert.That(match?.Kind.Name, Is.EqualTo("planted"));
        Assert.That(match!.LastHeaderIndex, Is.EqualTo(1));
        Assert.That(match.Layout, Is.InstanceOf<PlantedLayout>());
        Assert.That(match.Matched, Is.EqualTo(4));
        Assert.That(match.IndexOf("code"), Is.Zero);
    }

    [Test]
    public void Discovery_refuses_a_rule_outside_its_kinds_prefix_and_two_kinds_of_one_name()
    {
        Assert.That(() => KindCatalogue.Discover([typeof(MisnumberedKind)]),
            Throws.InvalidOperationException.With.Message.Contains("PLT-001").And.Message.Contains("XYZ"));
        Assert.That(() => KindCatalogue.Discover([typeof(PlantedKind), typeof(TwinKind)]),
            Throws.InvalidOperationException.With.Message.Contains("share a name"));
    }

    private sealed class PlantedLayout(IReadOnlyDictionary<string, int> keys, int measures) : IHeaderLayout
    {
        public IReadOnlyDictionary<string, int> KeyColumns => keys;

        public int MatchedColumns => KeyColumns.Count + measures;

        public static PlantedLayout? TryCreate(string?[] header) =>
            header.Length > 1 && header[0] == "รหัส" && header.Skip(1).All(h => h?.StartsWith("n:", StringComparison.Ordinal) == true)
                ? new PlantedLayout(new Dictionary<string, int> { ["code"] = 0 }, header.Length - 1)
                : null;
    }

    private class PlantedKind : IInputKind
    {
        public static KindSchema Schema { get; } = new("planted", ColumnSpec.Req("code"), ColumnSpec.Req("count")) { Layout = PlantedLayout.TryCreate };

        KindSchema IInputKind.Schema => Schema;

        public virtual int Specificity => 1;

        public virtual string RulePrefix => "PLT";

        public IReadOnlyList<Rule> Rules { get; } = [new Rule("PLT-001", Severity.Error, "ทดสอบ", "planted")];

        public IKindLoader Loader => throw new NotSupportedException("never loads");
    }

    private sealed class MisnumberedKind : PlantedKind
    {
        public override string RulePrefix => "XYZ";
    }

    private sealed class TwinKind : PlantedKind
    {
        public override int Specificity => 2;

        public override string RulePrefix => "TWN";
    }
}
