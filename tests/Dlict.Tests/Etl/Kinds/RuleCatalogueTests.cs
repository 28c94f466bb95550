using Dlict.Etl.Kinds;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>docs/validation-rules.md is generated from every kind's rules (KindCatalogue.Rules); the committed file must equal the generated text.</summary>
public class RuleCatalogueTests
{
    private static string DocPath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../../docs/validation-rules.md"));

    [Test]
    public void The_committed_rule_catalogue_equals_the_generated_one()
    {
        var generated = RuleCatalogueMarkdown.Generate();
        if (Environment.GetEnvironmentVariable("DLICT_WRITE_DOCS") == "1") File.WriteAllText(DocPath(), generated);
        Assert.That(File.Exists(DocPath()), DocPath());
        Assert.That(File.ReadAllText(DocPath()).ReplaceLineEndings("\n"), Is.EqualTo(generated),
            "regenerate with DLICT_WRITE_DOCS=1 dotnet test --filter RuleCatalogueTests");
    }

    [Test]
    public void Codes_are_unique_and_every_kind_has_rules_under_its_own_prefix()
    {
        Assert.That(KindCatalogue.Rules.Select(r => r.Code), Is.Unique);
        Assert.That(KindCatalogue.Rules, Has.Count.EqualTo(KindCatalogue.Kinds.Sum(k => k.Rules.Count)).And.Count.GreaterThanOrEqualTo(77));
        foreach (var kind in KindCatalogue.Kinds)
        {
            Assert.That(kind.Rules, Is.Not.Empty, kind.Schema.Name);
            Assert.That(kind.Rules.Select(r => r.Code), Has.All.StartWith(kind.RulePrefix + "-"), kind.Schema.Name);
        }
        Assert.That(KindCatalogue.KindOf(KindCatalogue.Rules.Single(r => r.Code == "ENR-003"))?.Schema.Name, Is.EqualTo("enrolment"));
        Assert.That(KindCatalogue.KindOf(KindCatalogue.Rules.Single(r => r.Code == "SRV-007"))?.Schema.Name, Is.EqualTo("service_requests"));
    }
}
