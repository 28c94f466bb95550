using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Loading;

public class SchoolRegistryTests
{
    [Test]
    public void Loaded_it_knows_codes_and_smis_codes_and_reads_names_only_when_asked()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "โรงเรียนบ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "เพ็ญ"), ("1041010003", "บ้านโคก", "สร้างคอม"));
        using var connection = w.Warehouse.Open();

        var registry = SchoolRegistry.Load(connection);

        Assert.That(registry.Count, Is.EqualTo(3));
        Assert.That(registry.Resolve("1041010002"), Is.EqualTo("1041010002"));
        Assert.That(registry.Resolve("1041019999"), Is.Null);
        Assert.That(() => registry.ResolveByName("บ้านหนองบัว", null, out _), Throws.InvalidOperationException, "names were not read");

        Assert.That(registry.WithNames(connection), Is.SameAs(registry));
        Assert.That(registry.ResolveByName("บ้านหนองบัว", null, out var ambiguous), Is.EqualTo("1041010001"));
        Assert.That(ambiguous, Is.False);
        Assert.That(registry.ResolveByName("บ้านโคก", "สร้างคอม", out _), Is.EqualTo("1041010003"));
        Assert.That(registry.ResolveByName("บ้านโคก", null, out ambiguous), Is.Null);
        Assert.That(ambiguous, Is.True);
    }
}
