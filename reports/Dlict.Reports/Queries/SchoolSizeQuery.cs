using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record SizeGroupCount(string SizeGroup, long Schools, long Students);

/// <summary>v_school_size: expected schools of a cycle and their students per OBEC size group.</summary>
public static class SchoolSizeQuery
{
    public static readonly string[] Order = ["small", "medium", "large", "extra_large", "none"];

    public static IReadOnlyList<SizeGroupCount> ForCycle(DbConnection c, string cycle)
    {
        var found = c.Query<(string Group, long Schools, long Students)>(
            "SELECT size_group AS SizeGroup, schools AS Schools, COALESCE(students, 0) AS Students FROM v_school_size WHERE cycle = @cycle",
            new { cycle }).ToDictionary(r => r.Group, StringComparer.Ordinal);
        return Order.Select(g => found.TryGetValue(g, out var r)
            ? new SizeGroupCount(g, r.Schools, r.Students)
            : new SizeGroupCount(g, 0, 0)).ToList();
    }
}
