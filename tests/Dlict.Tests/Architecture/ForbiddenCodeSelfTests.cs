namespace Dlict.Tests.Architecture;

/// <summary>Each rule of <see cref="ForbiddenCodeTests"/> fails on a planted offending snippet, and names its line.</summary>
public class ForbiddenCodeSelfTests
{
    private const string Planted = ForbiddenCodeTests.Etl + "/Loading/Planted.cs";

    [Test]
    public void The_kind_word_rule_finds_kind_names_types_and_own_columns_in_generic_code_and_not_prose_or_comments()
    {
        var file = new SourceFile(Planted, """
            using Dlict.Etl.Kinds.Enrolment;
            namespace Dlict.Etl.Loading;
            // enrolment, supervisor_id and RowIdentity in a comment are not code
            class Planted
            {
                bool Masked(string column) => column is "person_id" or "supervisor_id";
                bool Loans(string kind) => kind == "loans" || kind.StartsWith("dltv_usage,");
                object Borrowed() => new WideEnrolmentLayout();
                string Prose = "what schools see; the students of a school";
                string Sql = "SELECT supervisor_id FROM fact_supervision";
                string Shared = "school_code";
            }
            """);
        var offences = ForbiddenCodeTests.RegisteredKindWords().SelectMany(w => w.Offences(file, ForbiddenCodeTests.KindsFolder)).Order(StringComparer.Ordinal);

        Assert.That(offences, Is.EqualTo(new[]
        {
            $"{Planted}:1 Kinds.Enrolment", $"{Planted}:6 \"person_id\"", $"{Planted}:6 \"supervisor_id\"",
            $"{Planted}:7 \"dltv_usage\"", $"{Planted}:7 \"loans\"", $"{Planted}:8 WideEnrolmentLayout",
        }));
        var inItsFolder = new SourceFile(ForbiddenCodeTests.KindsFolder + "/Supervision/Planted.cs", "var id = \"supervisor_id\";");
        Assert.That(ForbiddenCodeTests.RegisteredKindWords().SelectMany(w => w.Offences(inItsFolder, ForbiddenCodeTests.KindsFolder)), Is.Empty);
    }

    [Test]
    public void The_namespace_rule_finds_a_cycle_and_an_upward_use_through_using_or_a_qualified_name()
    {
        var files = new[]
        {
            new SourceFile("r/HeaderLocator.cs", "using Dlict.Etl.Sources;\nusing Dlict.Etl.Kinds;\nnamespace Dlict.Etl.Reading;\nclass A { }"),
            new SourceFile("k/Kind.cs", "namespace Dlict.Etl.Kinds.Planted;\nclass B { Dlict.Etl.Reading.HeaderMatch? M; }"),
            new SourceFile("p/Key.cs", "namespace Dlict.Etl.Privacy;\nclass C { string H() => Loading.PersonHash.Hash(k, \"Loading.Not\"); }"),
            new SourceFile("l/Load.cs", "namespace Dlict.Etl.Loading;\nclass D { bool E => x.Loading.Y; }"),
        };
        var edges = new NamespaceGraph("Dlict.Etl", [.. ForbiddenCodeTests.Layers.Keys]).Edges(files);

        Assert.That(edges.Keys, Is.EquivalentTo(new[] { ("Reading", "Sources"), ("Reading", "Kinds"), ("Kinds", "Reading"), ("Privacy", "Loading") }));
        Assert.That(NamespaceGraph.Cycles(edges), Is.EqualTo(new[] { "Kinds → Reading → Kinds (k/Kind.cs:2)" }));
        Assert.That(ForbiddenCodeTests.Upward(edges).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "Privacy → Loading: p/Key.cs:2", "Reading → Kinds: r/HeaderLocator.cs:2" }));
    }

    [Test]
    public void The_dml_rule_finds_statements_in_literals_and_sql_files_outside_kinds_loading_queries_and_migrations()
    {
        const string Code = "class Log\n{\n    const string Sql = \"\"\"\n        SELECT 1;\n        INSERT INTO etl_job_run (job) VALUES (@job)\n        \"\"\";\n    string M = $\"UPDATE {table} SET a = 1\";\n    string Prose = \"a later file updates the loan; delete from the inbox\";\n}";
        Assert.That(DmlRule.Offences(new SourceFile("etl/Dlict.Cli/Serve/Log.cs", Code)),
            Is.EqualTo(new[] { "etl/Dlict.Cli/Serve/Log.cs:5 INSERT INTO", "etl/Dlict.Cli/Serve/Log.cs:7 UPDATE {table} SET" }));
        Assert.That(DmlRule.Offences(DmlRule.Sql("scripts/fix.sql", "-- fix\nDELETE FROM fact_student;\nMERGE INTO dim_school AS t USING s ON 1=1;")),
            Is.EqualTo(new[] { "scripts/fix.sql:2 DELETE FROM", "scripts/fix.sql:3 MERGE INTO dim_school AS t USING" }));
        foreach (var home in new[] { "etl/Dlict.Etl/Kinds/X/Log.cs", "etl/Dlict.Etl/Loading/Log.cs", "reports/Dlict.Reports/Queries/Log.cs", "warehouse/W/Migrations/Log.cs" })
            Assert.That(DmlRule.Offences(new SourceFile(home, Code)), Is.Empty, home);
    }

    [Test]
    public void The_reports_rule_finds_a_project_reference_and_a_name_of_the_etl()
    {
        var project = ("reports/R/R.csproj", "<Project>\n  <ItemGroup>\n    <ProjectReference Include=\"../../etl/Dlict.Etl/Dlict.Etl.csproj\" />\n  </ItemGroup>\n</Project>");
        var source = new SourceFile("reports/R/Sheet.cs", "// Dlict.Etl is not named in comments\nusing Dlict.Etl.Kinds;\nclass S { }");

        Assert.That(EtlReference.Offences([project], [source]), Is.EqualTo(new[]
        {
            "reports/R/R.csproj:3 <ProjectReference Include=\"../../etl/Dlict.Etl/Dlict.Etl.csproj\" />",
            "reports/R/Sheet.cs:2 using Dlict.Etl.Kinds;",
        }));
    }
}
