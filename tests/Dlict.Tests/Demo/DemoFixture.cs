using Dlict.Demo;

namespace Dlict.Tests.Demo;

/// <summary>One default-sized generation shared by the read-only tests of a fixture.</summary>
public abstract class DemoFixture
{
    protected TempDir Dir { get; private set; } = null!;

    protected DemoManifest Manifest { get; private set; } = null!;

    protected TimeSpan Elapsed { get; private set; }

    [OneTimeSetUp]
    public void GenerateDistrict()
    {
        Dir = new TempDir();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Manifest = DemoDistrict.Generate(new DemoOptions(), Dir.Path);
        Elapsed = watch.Elapsed;
        TestContext.Out.WriteLine($"generated {Manifest.Files.Count} files in {Elapsed.TotalMilliseconds:0} ms");
    }

    [OneTimeTearDown]
    public void Cleanup() => Dir.Dispose();

    protected string PathOf(string name) => Path.Combine(Dir.Path, name);
}
