using Dlict.Etl.Kinds;

namespace Dlict.Tests.Architecture;

/// <summary>
/// What the shape of the code forbids (issue 18 item 3), in the manner of ScottPlot's ForbiddenCodeTests: read the
/// source from disk, list every offending file:line. Each rule is also shown to fail on a planted snippet
/// (<see cref="ForbiddenCodeSelfTests"/>).
/// </summary>
public class ForbiddenCodeTests
{
    public const string Etl = "etl/Dlict.Etl";
    public const string KindsFolder = Etl + "/Kinds";

    /// <summary>The ETL library's namespaces, lowest first; a namespace may use only those of a lower rank.</summary>
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>
    {
        ["Files"] = 0,
        ["Values"] = 0,
        ["Cycles"] = 0,
        ["Sources"] = 1,
        ["Reading"] = 2,
        ["Validation"] = 3,
        ["Privacy"] = 4,
        ["Loading"] = 5,
        ["Kinds"] = 6,
        ["Pipeline"] = 7,
        ["Doors"] = 8,
    };

    /// <summary>Files not yet where they belong, each with the issue that moves it. Remove an entry when its file moves.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotYetMoved = new Dictionary<string, string>();

    /// <summary>
    /// The warehouse projects' storage primitives build DML for any table (bulk insert, the SQL Server staging merge,
    /// <c>dlict copy</c> and its seed rows): they are the database layer the homes of DML call, not a second home.
    /// </summary>
    public static readonly IReadOnlyList<string> StorageLayer =
    [
        "warehouse/Dlict.Warehouse/SqlDialect.cs", "warehouse/Dlict.Warehouse.SqlServer/StagingSql.cs",
        "warehouse/Dlict.Warehouse.SqlServer/Copying/CopySql.cs", "warehouse/Dlict.Warehouse.SqlServer/Copying/MigrationSeeds.cs",
    ];

    /// <summary>A kind's word that means something else where it stands: "path word".</summary>
    public static readonly IReadOnlyList<string> Homonyms =
    [
        // fact_submission.students: the head count of a submission, a warehouse column, not the students kind.
        Etl + "/Kinds/Enrolment/SubmissionBook.cs \"students\"",
    ];

    public static bool Waived(string path) => NotYetMoved.Keys.Any(k => k.EndsWith('/') ? path.StartsWith(k, StringComparison.Ordinal) : path == k);

    /// <summary>The words of every registered kind: a new kind is covered without touching this test.</summary>
    public static IReadOnlyList<KindWords> RegisteredKindWords() => KindWords.From(KindCatalogue.Kinds.Select(k =>
    (
        k.Schema.Name,
        k.GetType().Namespace!.Split('.')[^1],
        (IReadOnlyList<string>)k.GetType().Assembly.GetTypes().Where(t => t.Namespace == k.GetType().Namespace && !t.IsNested && t.Name.All(char.IsLetterOrDigit)).Select(t => t.Name).ToList(),
        (IReadOnlyList<string>)k.Schema.Columns.Select(c => c.Name).ToList()
    )));

    [Test]
    public void No_kind_name_or_kind_specific_column_outside_its_own_folder()
    {
        var words = RegisteredKindWords();
        Assert.That(words, Has.Count.EqualTo(KindCatalogue.Kinds.Count));
        Assert.That(words.Single(w => w.Name == "supervision").OwnColumns, Does.Contain("supervisor_id"), "the registry supplies the words");
        Assert.That(words.Single(w => w.Name == "enrolment").TypeNames, Does.Contain("EnrolmentLoader").And.Contain("WideEnrolmentLayout").And.Not.Contain("Rules"));
        var offences = Repository.CSharp(Etl).Where(f => !Waived(f.Path))
            .SelectMany(f => words.SelectMany(w => w.Offences(f, KindsFolder)))
            .Where(o => !Homonyms.Contains(o[..o.LastIndexOf(':')] + o[o.IndexOf(' ', StringComparison.Ordinal)..])).ToList();
        Assert.That(offences, Is.Empty, string.Join("\n", offences));
    }

    [Test]
    public void The_etl_namespaces_form_no_cycle_and_each_uses_only_lower_ones()
    {
        var graph = new NamespaceGraph("Dlict.Etl", [.. Layers.Keys]);
        var edges = graph.Edges(Repository.CSharp(Etl).Where(f => !Waived(f.Path)));
        Assert.That(edges.Keys, Does.Contain(("Kinds", "Loading")), "the graph sees edges");

        var cycles = NamespaceGraph.Cycles(edges).ToList();
        Assert.That(cycles, Is.Empty, string.Join("\n", cycles));
        var upward = Upward(edges).ToList();
        Assert.That(upward, Is.Empty, string.Join("\n", upward));
    }

    /// <summary>Edges to a namespace of the same or a higher rank (the rank-0 namespaces are checked for cycles only).</summary>
    public static IEnumerable<string> Upward(Dictionary<(string From, string To), List<string>> edges) =>
        edges.Where(e => Layers[e.Key.To] >= Layers[e.Key.From] && Layers[e.Key.From] > 0)
            .Select(e => $"{e.Key.From} → {e.Key.To}: {string.Join(", ", e.Value.Take(3))}");

    [Test]
    public void No_dml_outside_kinds_loading_or_queries()
    {
        var folders = new[] { "etl", "reports", "warehouse" };
        var files = folders.SelectMany(Repository.CSharp)
            .Concat(folders.SelectMany(f => Repository.Files(f, ".sql")).Select(p => DmlRule.Sql(p, File.ReadAllText(Path.Combine(Repository.Root(), p)))))
            .Where(f => !Waived(f.Path) && !StorageLayer.Contains(f.Path)).ToList();
        Assert.That(files.Count(f => f.Path.Contains("/Migrations/", StringComparison.Ordinal)), Is.GreaterThan(10), "migrations are read, and exempt");
        var offences = files.SelectMany(DmlRule.Offences).ToList();
        Assert.That(offences, Is.Empty, string.Join("\n", offences));
    }

    [Test]
    public void Reports_does_not_reference_the_etl()
    {
        var projects = Repository.Files("reports", ".csproj").Select(p => (p, File.ReadAllText(Path.Combine(Repository.Root(), p))));
        var offences = EtlReference.Offences(projects, Repository.CSharp("reports")).ToList();
        Assert.That(offences, Is.Empty, string.Join("\n", offences));
        Assert.That(typeof(Dlict.Reports.Dictionary.DataDictionary).Assembly.GetReferencedAssemblies().Select(a => a.Name),
            Does.Not.Contain("Dlict.Etl").And.Contain("Dlict.Warehouse"));
    }
}
