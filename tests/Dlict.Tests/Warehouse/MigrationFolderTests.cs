using System.Text.RegularExpressions;
using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;
using Dlict.Warehouse.SqlServer;

namespace Dlict.Tests.Warehouse;

public class MigrationFolderTests
{
    private static List<string> Names(System.Reflection.Assembly assembly) =>
        ScriptCatalogue.Read(assembly).Select(s => s.Name).ToList();

    [Test]
    public void Both_dialects_have_the_same_migration_scripts_name_for_name()
    {
        var sqlite = Names(typeof(SqliteWarehouse).Assembly);
        var sqlServer = Names(typeof(SqlServerWarehouse).Assembly);

        Assert.That(sqlite, Is.Not.Empty);
        Assert.That(sqlServer, Is.EqualTo(sqlite));
    }


    [Test]
    public void Script_names_are_zero_padded_and_numbered_0001_without_gaps()
    {
        foreach (var assembly in new[] { typeof(SqliteWarehouse).Assembly, typeof(SqlServerWarehouse).Assembly })
        {
            var names = Names(assembly);
            Assert.That(names, Has.All.Match(@"^\d{4}_[a-z0-9_]+\.sql$"), assembly.GetName().Name);
            var numbers = names.Select(n => int.Parse(Regex.Match(n, @"^\d{4}").Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            // DbUp runs scripts in name order: a gap or a repeated number means a script was lost or two collide.
            Assert.That(numbers.Order(), Is.EqualTo(Enumerable.Range(1, numbers.Count)), assembly.GetName().Name);
        }
    }
}
