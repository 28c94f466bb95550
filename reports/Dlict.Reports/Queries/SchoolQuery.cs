using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

/// <summary>v_school: the current version of each school.</summary>
public static class SchoolQuery
{
    public static long OpenSchools(DbConnection c) =>
        c.ExecuteScalar<long>("SELECT COUNT(*) FROM v_school WHERE status = 'open'");
}
