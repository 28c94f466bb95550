using Dlict.Etl.Validation;

namespace Dlict.Tests.Etl.Validation;

/// <summary>docs/validation-rules.md is generated from Rules.All; the committed file must equal the generated text.</summary>
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
    public void Codes_are_unique_and_every_kind_has_rules()
    {
        Assert.That(Rules.All.Select(r => r.Code), Is.Unique);
        Assert.That(Rules.All.Select(r => r.Kind).Distinct(), Is.SupersetOf(new[] { "schools", "enrolment", "students" }));
    }
}
