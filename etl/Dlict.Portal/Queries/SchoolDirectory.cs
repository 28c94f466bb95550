using System.Data.Common;
using Dapper;

namespace Dlict.Portal.Queries;

/// <summary>The current registry (dim_school, current versions) as the web front needs it: who a link is for.</summary>
public static class SchoolDirectory
{
    public sealed record School
    {
        public string school_code { get; init; } = "";
        public string school_name { get; init; } = "";
        public string? district { get; init; }
        public string? cluster { get; init; }
        public string status { get; init; } = "";
    }

    /// <summary>Every open school, by district and code.</summary>
    public static List<School> Open(DbConnection c, DbTransaction? tx = null) =>
        c.Query<School>("SELECT school_code, school_name, district, cluster, status FROM dim_school WHERE is_current = 1 AND status = 'open'", transaction: tx)
            .OrderBy(s => s.district, StringComparer.Ordinal).ThenBy(s => s.school_code, StringComparer.Ordinal).ToList();

    public static School? Find(DbConnection c, string schoolCode, DbTransaction? tx = null) =>
        c.QueryFirstOrDefault<School>("SELECT school_code, school_name, district, cluster, status FROM dim_school WHERE is_current = 1 AND school_code = @schoolCode",
            new { schoolCode }, tx);
}
