namespace Dlict.Tests.Proof;

/// <summary>tests/corpus/: the committed bad-input files (scripts/make-corpus.py) and their expected outcomes.</summary>
public static class Corpus
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DlictAnalytics.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found"), "tests", "corpus");
        }
    }

    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadAllLines(Path.Combine(Folder, "expected.tsv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => new TestCaseData(new CorpusCase(f[0], f[1], f[2], f[3], f[4], f[5])).SetName($"Corpus: {f[0]}"));

    /// <summary>The ten-digit codes of the test registry every corpus file is ingested against.</summary>
    public static readonly (string Code, string Name, string District)[] Registry =
        [("1041010001", "บ้านหนึ่ง", "เพ็ญ"), ("1041010002", "บ้านสอง", "เพ็ญ"), ("1041010003", "บ้านสาม", "สร้างคอม")];
}

/// <summary>One row of expected.tsv: rows and rejects are "-" when the outcome does not pin them.</summary>
public sealed record CorpusCase(string File, string Outcome, string Rows, string Rejects, string Fragment, string Note)
{
    public override string ToString() => File;
}
