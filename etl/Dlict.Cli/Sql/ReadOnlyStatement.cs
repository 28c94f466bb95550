using System.Text;
using System.Text.RegularExpressions;

namespace Dlict.Cli.Sql;

/// <summary>
/// Accepts exactly one read-only <c>SELECT</c> or <c>WITH … SELECT</c> statement; anything that writes, changes the
/// schema, attaches, vacuums, sets a pragma or runs several statements is refused. The read-only connection
/// (SQLite Mode=ReadOnly + query_only; SQL Server the dlict_analyst login in role dlict_reader) is the second line of defence.
/// </summary>
public static partial class ReadOnlyStatement
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "insert", "update", "delete", "merge", "upsert", "into", "create", "drop", "alter", "truncate", "attach", "detach",
        "vacuum", "pragma", "reindex", "analyze", "exec", "execute", "grant", "revoke", "deny", "backup", "restore", "dbcc",
        "load_extension", "writefile", "openrowset", "opendatasource", "openquery", "xp_cmdshell", "shutdown", "kill", "use",
        "begin", "commit", "rollback", "savepoint", "release", "declare", "set",
    };

    /// <summary>Null when the statement may run; otherwise why not (Thai and English).</summary>
    public static string? Refusal(string sql)
    {
        var code = StripCommentsAndLiterals(sql).Trim().TrimEnd(';').Trim();
        if (code.Length == 0) return "ไม่มีคำสั่ง SQL / no SQL statement given";
        if (code.Contains(';', StringComparison.Ordinal))
            return "รับได้ครั้งละหนึ่งคำสั่งเท่านั้น / only one statement at a time";
        var words = Word().Matches(code).Select(m => m.Value).ToList();
        if (words.Count == 0 || !(words[0].Equals("select", StringComparison.OrdinalIgnoreCase) || words[0].Equals("with", StringComparison.OrdinalIgnoreCase)))
            return "รับได้เฉพาะคำสั่ง SELECT หรือ WITH … SELECT / only SELECT or WITH … SELECT statements are allowed";
        var bad = words.FirstOrDefault(Forbidden.Contains);
        return bad is null ? null : $"คำสั่งอ่านอย่างเดียว ห้ามใช้ '{bad.ToUpperInvariant()}' / read-only: '{bad.ToUpperInvariant()}' is not allowed";
    }

    /// <summary>Blanks out comments and string literals so that keywords inside them do not count.</summary>
    public static string StripCommentsAndLiterals(string sql)
    {
        var result = new StringBuilder(sql.Length);
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n') i++;
                result.Append(' ');
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 1;
                result.Append(' ');
            }
            else if (c is '\'' or '"' or '[' or '`')
            {
                var close = c == '[' ? ']' : c;
                i++;
                while (i < sql.Length && !(sql[i] == close && !(i + 1 < sql.Length && sql[i + 1] == close && close != ']'))) i += sql[i] == close ? 2 : 1;
                result.Append(c == '\'' ? " '' " : " x ");
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();
}
