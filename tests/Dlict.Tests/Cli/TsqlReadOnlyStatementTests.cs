using System.Text.RegularExpressions;
using Dlict.Cli;
using Dlict.Cli.Sql;
using Dlict.Tests.Reports;

namespace Dlict.Tests.Cli;

/// <summary>The SQL door on SQL Server: T-SQL read as the server reads it, refused before any connection is opened.</summary>
public partial class TsqlReadOnlyStatementTests
{
    /// <summary>A server that does not answer: a statement that got as far as connecting would end with exit 3, not 2.</summary>
    private const string NoServer = "Server=tcp:127.0.0.1,9;Database=dlict;User ID=analyst;Password=x;Connect Timeout=2;TrustServerCertificate=true";

    public static readonly string[] Attacks =
    [
        "SELECT 1 /* /* */ ' */ DROP TABLE dim_school --'",
        "SELECT 1 AS [a]]' ]; DROP TABLE dim_school --']",
        "SELECT 1 -- a comment ended by a bare CR\rDROP TABLE dim_school",
        "SELECT 1 WAITFOR DELAY '00:10:00'",
        "SELECT 1 DISABLE TRIGGER ALL ON DATABASE",
        "SELECT 1 WHILE 1=1 SELECT 1",
        "SELECT 1\nGO\nDROP TABLE dim_school",
        "SELECT 1 EXEC('DROP TABLE dim_school')",
        "SELECT 1; SHUTDOWN WITH NOWAIT",
        "SELECT 1 KILL 52",
        "SELECT 1 RECONFIGURE",
        "SELECT * INTO #copy FROM dim_school",
        "SELECT school_code INTO dbo.leak FROM dim_school",
        "WITH x AS (SELECT 1 AS a) DELETE FROM dim_school",
        "WITH x AS (SELECT 1 AS a) UPDATE dim_school SET school_name = N'x'",
        "SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS f",
        "SELECT * FROM OPENROWSET('SQLNCLI', 'Server=evil;Trusted_Connection=yes;', 'SELECT 1') AS r",
        "SELECT * FROM OPENQUERY(linked, 'DELETE FROM t')",
        "SELECT * FROM OPENDATASOURCE('SQLNCLI', 'Data Source=evil;Integrated Security=SSPI').db.dbo.t",
        "SELECT NEXT VALUE FOR dbo.some_sequence",
        "SELECT @x = 1",
        "DECLARE @x int; SELECT @x",
        "EXEC xp_cmdshell 'dir'",
        "BEGIN TRAN SELECT 1",
        "SET NOCOUNT ON SELECT 1",
        "MERGE dim_school AS t USING (SELECT 1 AS a) AS s ON 1 = 0 WHEN NOT MATCHED THEN DELETE;",
        "SELECT 1 /* never closed",
        "SELECT 'never closed",
        "TRUNCATE TABLE fact_enrolment",
        "   ",
    ];

    [TestCaseSource(nameof(Attacks))]
    public void An_attack_is_refused_by_the_tsql_rules(string sql) =>
        Assert.That(StatementCheck.Refusal("sqlserver", sql), Is.Not.Null);

    [TestCaseSource(nameof(Attacks))]
    public void An_attack_ends_with_exit_2_before_a_connection_is_attempted(string sql)
    {
        using var dir = new TempDir();
        var (exit, output, error) = CliRun.Invoke("sql", sql, "--provider", "sqlserver", "--connection", NoServer, "--data-dir", dir.Path);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
        Assert.That(error, Does.Contain("refused"));
        Assert.That(error, Does.Not.Contain("Cannot connect"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void The_sqlite_rules_would_let_the_tsql_attacks_through_so_each_engine_gets_its_own()
    {
        var passedSqlite = Attacks.Take(6).Where(a => ReadOnlyStatement.Refusal(a) is null).ToList();

        Assert.That(passedSqlite, Has.Count.GreaterThanOrEqualTo(4), "the SQLite rules are not the T-SQL rules");
        Assert.That(passedSqlite.Select(a => StatementCheck.Refusal("sqlserver", a)), Has.All.Not.Null);
        Assert.That(StatementCheck.Refusal("sqlite", "SELECT * FROM v_school LIMIT 5"), Is.Null, "SQLite syntax stays allowed on SQLite");
        Assert.That(StatementCheck.Refusal("sqlserver", "SELECT * FROM v_school LIMIT 5"), Does.Contain("parse"));
    }

    [Test]
    public void The_ordinary_queries_of_the_data_dictionary_are_accepted_on_both_engines()
    {
        var markdown = File.ReadAllText(Path.Combine(DataDictionaryTests.RepositoryRoot(), "docs", "data-dictionary.md"));
        var queries = SqlBlock().Matches(markdown).Select(m => m.Groups[1].Value.Trim()).ToList();

        Assert.That(queries, Has.Count.GreaterThanOrEqualTo(15));
        foreach (var query in queries)
        {
            Assert.That(StatementCheck.Refusal("sqlserver", query), Is.Null, query);
            Assert.That(StatementCheck.Refusal("sqlite", query), Is.Null, query);
        }
    }

    [TestCase("WITH t AS (SELECT district, total FROM v_enrolment) SELECT district, SUM(total) AS students FROM t GROUP BY district")]
    [TestCase("SELECT TOP (10) [school_name] FROM v_school WHERE school_name LIKE N'%DROP TABLE%' -- DELETE\nORDER BY 1;")]
    [TestCase("SELECT 1 AS [a]]b] /* /* nested */ still a comment */")]
    public void Select_with_ctes_brackets_and_comments_is_accepted(string sql) =>
        Assert.That(TsqlReadOnlyStatement.Refusal(sql), Is.Null);

    [GeneratedRegex("```sql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
