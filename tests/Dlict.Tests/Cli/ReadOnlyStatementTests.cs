using Dlict.Cli.Sql;

namespace Dlict.Tests.Cli;

public class ReadOnlyStatementTests
{
    [TestCase("SELECT district, SUM(total) FROM v_enrolment WHERE cycle='2568/1' GROUP BY district")]
    [TestCase("with t as (select 1 as x) select x from t;")]
    [TestCase("SELECT replace(school_name, 'โรงเรียน', '') FROM v_school -- delete this comment")]
    [TestCase("SELECT 'DROP TABLE x; --' AS text_with_keywords")]
    [TestCase("SELECT \"update\" FROM (SELECT 1 AS \"update\")")]
    public void Allows_one_read_only_select(string sql) => Assert.That(ReadOnlyStatement.Refusal(sql), Is.Null);

    [TestCase("DELETE FROM fact_enrolment", "SELECT")]
    [TestCase("SELECT 1; DROP TABLE dim_school", "one statement")]
    [TestCase("WITH x AS (SELECT 1) DELETE FROM dim_school", "DELETE")]
    [TestCase("ATTACH DATABASE 'x.db' AS x", "SELECT")]
    [TestCase("SELECT * INTO copy FROM v_school", "INTO")]
    [TestCase("PRAGMA journal_mode=DELETE", "SELECT")]
    [TestCase("VACUUM", "SELECT")]
    [TestCase("SELECT load_extension('evil')", "LOAD_EXTENSION")]
    [TestCase("   ", "no SQL")]
    public void Refuses_anything_else(string sql, string reason) =>
        Assert.That(ReadOnlyStatement.Refusal(sql), Does.Contain(reason));
}
