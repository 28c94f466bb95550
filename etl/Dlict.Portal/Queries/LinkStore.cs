using System.Data.Common;
using Dapper;

namespace Dlict.Portal.Queries;

/// <summary>portal_link: the hash of each school's live link, issued and revoked (0015_portal.sql).</summary>
public static class LinkStore
{
    /// <summary>The open school a live link's token hash belongs to, else null (unknown or revoked).</summary>
    public static string? SchoolOf(DbConnection c, string tokenHash) =>
        c.QueryFirstOrDefault<string>(
            "SELECT school_code FROM portal_link WHERE token_sha256 = @tokenHash AND revoked_at IS NULL", new { tokenHash });

    /// <summary>The schools that have a live link now.</summary>
    public static HashSet<string> Linked(DbConnection c, DbTransaction? tx = null) =>
        c.Query<string>("SELECT school_code FROM portal_link WHERE revoked_at IS NULL", transaction: tx).ToHashSet(StringComparer.Ordinal);

    /// <summary>Revokes the school's live link (if any) and stores the new one's hash.</summary>
    public static void Replace(DbConnection c, DbTransaction tx, string schoolCode, string tokenHash, DateTime at)
    {
        Revoke(c, tx, schoolCode, at);
        c.Execute("INSERT INTO portal_link (school_code, token_sha256, issued_at) VALUES (@schoolCode, @tokenHash, @at)",
            new { schoolCode, tokenHash, at }, tx);
    }

    /// <summary>Disables the school's live link; the number of links revoked (0 when it had none).</summary>
    public static int Revoke(DbConnection c, DbTransaction tx, string schoolCode, DateTime at) =>
        c.Execute("UPDATE portal_link SET revoked_at = @at WHERE school_code = @schoolCode AND revoked_at IS NULL", new { schoolCode, at }, tx);

    public sealed record LinkRow
    {
        public string school_code { get; init; } = "";
        public object? issued_at { get; init; }
        public object? revoked_at { get; init; }
    }

    /// <summary>Every link issued, newest first (for the dashboard).</summary>
    public static List<LinkRow> History(DbConnection c, int limit) =>
        c.Query<LinkRow>("SELECT school_code, issued_at, revoked_at FROM portal_link ORDER BY link_id DESC", buffered: false)
            .Take(limit).ToList();
}
