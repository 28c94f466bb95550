using Dlict.Warehouse;
using Dlict.Warehouse.SqlServer;

namespace Dlict.Tests.Warehouse;

public class SqlServerWarehouseTests
{
    [TestCase("Server=db.example;Database=dlict;User Id=dlict_etl;Password=S3cret!pw;Encrypt=True")]
    [TestCase("Data Source=db.example;Initial Catalog=dlict;UID=dlict_etl;PWD=S3cret!pw")]
    public void Describe_never_shows_the_password(string connectionString)
    {
        var description = new SqlServerWarehouse(connectionString).Describe();

        Assert.That(description, Does.Not.Contain("S3cret!pw"));
        Assert.That(description, Does.Not.Contain("Password").IgnoreCase);
        Assert.That(description, Does.StartWith("sqlserver: "));
        Assert.That(description, Does.Contain("db.example").And.Contain("dlict"));
    }

    [Test]
    public void Provider_and_dialect_are_sqlserver()
    {
        var warehouse = new SqlServerWarehouse("Server=localhost;Database=dlict;Integrated Security=True");

        Assert.That(warehouse.Provider, Is.EqualTo("sqlserver"));
        Assert.That(warehouse.Dialect, Is.SameAs(SqlDialect.SqlServer));
    }

    [Test]
    public void An_unreachable_server_is_reported_in_Thai_and_English()
    {
        // Port 1 on the loopback refuses at once; a one-second timeout keeps the test quick.
        var warehouse = new SqlServerWarehouse("Server=tcp:127.0.0.1,1;Database=dlict;User Id=x;Password=y;Connect Timeout=1;Encrypt=False");

        var error = Assert.Throws<WarehouseUnavailableException>(() => warehouse.Open().Dispose());

        Assert.That(error!.Message, Does.Contain("เชื่อมต่อคลังข้อมูล").And.Contain("Cannot connect"));
        Assert.That(error.Message, Does.Not.Contain("Password=y"));
        Assert.That(error.Message, Does.Contain("(tcp:127.0.0.1,1/dlict)").And.Not.Contain("(/)"), "server and database named");
    }

    [Test]
    public void Rows_stream_through_the_reader_with_dates_and_flags_converted()
    {
        var rows = new List<object?[]>
        {
            new object?[] { "1036100001", new DateOnly(2025, 6, 10), true, null },
            new object?[] { "1036100002", new DateTime(2025, 6, 11, 8, 30, 0), false, 42L },
        };
        using var reader = new RowStreamReader(["school_code", "valid_from", "dltv", "students"], rows);

        Assert.That(reader.FieldCount, Is.EqualTo(4));
        Assert.That(reader.GetOrdinal("DLTV"), Is.EqualTo(2));
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.GetValue(1), Is.EqualTo(new DateTime(2025, 6, 10)));
        Assert.That(reader.GetValue(2), Is.EqualTo(true));
        Assert.That(reader.IsDBNull(3), Is.True);
        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.GetValue(3), Is.EqualTo(42L));
        Assert.That(reader.Read(), Is.False);
        Assert.That(reader.RowsRead, Is.EqualTo(2));
    }

    [Test]
    public void A_row_of_the_wrong_width_is_refused()
    {
        using var reader = new RowStreamReader(["a", "b"], [new object?[] { 1 }]);

        Assert.Throws<InvalidOperationException>(() => reader.Read());
    }
}
