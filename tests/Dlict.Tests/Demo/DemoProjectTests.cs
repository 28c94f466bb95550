using Dlict.Demo;

namespace Dlict.Tests.Demo;

/// <summary>The synthetic district is its own assembly: the ETL library carries no EPPlus and no demo code.</summary>
public class DemoProjectTests
{
    [Test]
    public void The_etl_library_references_no_epplus_and_holds_no_demo_type()
    {
        var etl = typeof(Dlict.Etl.Values.ThaiText).Assembly;

        Assert.That(etl.GetReferencedAssemblies().Select(a => a.Name), Has.None.StartWith("EPPlus"));
        Assert.That(etl.GetTypes().Select(t => t.Namespace ?? ""), Has.None.Contains("Demo"));
        Assert.That(typeof(DemoDistrict).Assembly.GetName().Name, Is.EqualTo("Dlict.Demo"));
        Assert.That(typeof(DemoDistrict).Assembly.GetReferencedAssemblies().Select(a => a.Name), Has.Some.StartWith("EPPlus"));
    }

    [Test]
    public void The_school_names_resource_travels_with_the_demo_assembly()
    {
        Assert.That(typeof(DemoDistrict).Assembly.GetManifestResourceNames(), Is.EqualTo(new[] { "Dlict.Demo.udonthani-schools.txt" }));
        Assert.That(typeof(Dlict.Etl.Values.ThaiText).Assembly.GetManifestResourceNames(), Has.None.Contains("udonthani"));
    }
}
