namespace Dlict.Tests;

/// <summary>The real OBEC/DMC files in ../shared/data/real/ (beside the repository); tests that need them are ignored where they are absent.</summary>
public static class RealData
{
    public static string File(string name)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "DlictAnalytics.sln"))) dir = dir.Parent;
        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "data", "real", name);
        if (path is null || !System.IO.File.Exists(path)) Assert.Ignore($"real data file {name} not found beside the repository");
        return Path.GetFullPath(path!);
    }
}
