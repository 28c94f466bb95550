using Dapper;
using DbUp;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Warehouse;

public class SqliteMigrationTests
{
    [Test]
    public void Migrating_twice_applies_every_script_once()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));

        var first = warehouse.Migrate(dryRun: false);
        var second = warehouse.Migrate(dryRun: false);

        Assert.That(first.Successful, Is.True, first.Error);
        Assert.That(first.Scripts, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(second.Scripts, Is.Empty);
        using var connection = warehouse.OpenReadOnly();
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_date"), Is.EqualTo(9497));
        Assert.That(connection.ExecuteScalar<long>("SELECT fiscal_year FROM dim_date WHERE date = '2025-10-01'"), Is.EqualTo(2569));
        Assert.That(connection.ExecuteScalar<long>("SELECT academic_year FROM dim_date WHERE date = '2026-05-15'"), Is.EqualTo(2568));
        Assert.That(connection.ExecuteScalar<long>("SELECT academic_year FROM dim_date WHERE date = '2026-05-16'"), Is.EqualTo(2569));
    }

    [Test]
    public void Student_keys_stored_as_hex_before_0007_become_their_32_bytes()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "w.db");
        MigrateBefore(path, "0007");
        var key = new string('a', 62) + "0f";
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25681, '2568/1', 2568, 1, '2025-06-10')");
            old.Execute("INSERT INTO fact_student VALUES (25681, '1041010001', @key, 'citizen_id', 4, 'male', NULL, 1)", new { key });
            old.Execute("INSERT INTO fact_student VALUES (25681, '1041010002', @key, 'citizen_id', 4, 'male', NULL, 1)", new { key });
        }

        var result = SqliteWarehouse.ForFile(path).Migrate(dryRun: false);

        Assert.That(result.Successful, Is.True, result.Error);
        Assert.That(result.Scripts, Has.Some.Contains("0007"));
        using var connection = SqliteWarehouse.ForFile(path).OpenReadOnly();
        Assert.That(connection.ExecuteScalar<byte[]>("SELECT student_key FROM fact_student LIMIT 1"), Is.EqualTo(Convert.FromHexString(key)));
        Assert.That(connection.ExecuteScalar<string>("SELECT student_key FROM v_student_duplicates"), Is.EqualTo(key));
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(2));
        Assert.That(connection.Query<string>("SELECT school_code FROM fact_student ORDER BY rowid"), Is.EqualTo(new[] { "1041010001", "1041010002" }));
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM pragma_foreign_key_list('fact_student')"), Is.Zero, "0010: no row-by-row key checks");
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM pragma_index_list('fact_student')"), Is.EqualTo(1));
    }

    [Test]
    public void Student_id_kind_sex_and_birth_date_become_codes_in_0011()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "w.db");
        MigrateBefore(path, "0011");
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25681, '2568/1', 2568, 1, '2025-06-10')");
            old.Execute("INSERT INTO fact_student VALUES (25681, '1041010002', @key, 'g_code', 4, 'female', '2018-04-02', 7)", new { key });
            old.Execute("INSERT INTO fact_student VALUES (25681, '1041010001', @key, 'citizen_id', 5, 'male', NULL, 7)", new { key });
        }

        var result = SqliteWarehouse.ForFile(path).Migrate(dryRun: false);

        Assert.That(result.Successful, Is.True, result.Error);
        using var connection = SqliteWarehouse.ForFile(path).OpenReadOnly();
        var rows = connection.Query<(string School, byte[] Key, long IdKind, long Grade, long Sex, long? Born, long File)>(
            "SELECT school_code, student_key, id_kind_code, grade_key, sex_code, birth_date_key, file_id FROM fact_student ORDER BY rowid").ToList();
        Assert.That(rows.Select(r => (r.School, r.IdKind, r.Grade, r.Sex, r.Born, r.File)), Is.EqualTo(new (string, long, long, long, long?, long)[]
        {
            ("1041010002", 2, 4, 2, 20180402, 7),
            ("1041010001", 1, 5, 1, null, 7),
        }));
        Assert.That(rows.Select(r => r.Key), Has.All.EqualTo(key));
        Assert.That(connection.ExecuteScalar<string>("SELECT school_codes FROM v_student_duplicates"), Is.EqualTo("1041010001,1041010002"));
        Assert.That(connection.ExecuteScalar<string>("SELECT name FROM pragma_index_list('fact_student')"), Is.EqualTo("ix_fact_student_school"));
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => connection.Execute(
            "INSERT INTO fact_student VALUES (25681, '1041010001', @key, 3, 5, 1, NULL, 7)", new { key }));
    }

    /// <summary>Applies the migrations that come before <paramref name="first"/> (e.g. "0007") to a new database.</summary>
    private static void MigrateBefore(string path, string first)
    {
        var upgrade = DeployChanges.To.SqliteDatabase($"Data Source={path}")
            .WithScriptsEmbeddedInAssembly(typeof(SqliteWarehouse).Assembly,
                name => name.Contains(".Migrations.", StringComparison.Ordinal) && string.CompareOrdinal(name[(name.IndexOf(".Migrations.", StringComparison.Ordinal) + 12)..], first) < 0)
            .WithTransactionPerScript().WithVariablesDisabled().JournalToSqliteTable("schema_versions").LogToNowhere().Build();
        Assert.That(upgrade.PerformUpgrade().Successful, Is.True);
    }
}
