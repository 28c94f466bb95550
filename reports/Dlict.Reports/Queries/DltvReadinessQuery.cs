using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record DltvReadiness
{
    public string SchoolCode { get; init; } = "";
    public string SchoolName { get; init; } = "";
    public string? District { get; init; }
    public long HasDish { get; init; }
    public long HasReceiver { get; init; }
    public long HasTv { get; init; }
    public long Ready { get; init; }
    public double? UsageRate { get; init; }
    public object? LastSupervision { get; init; }
    public string? LastRating { get; init; }
}

/// <summary>v_dltv_readiness: one row per DLTV school; null when the view does not exist yet.</summary>
public static class DltvReadinessQuery
{
    public const string View = "v_dltv_readiness";

    public static IReadOnlyList<DltvReadiness>? Schools(DbConnection c) => !ViewProbe.Exists(c, View) ? null : c.Query<DltvReadiness>(
        """
        SELECT school_code AS SchoolCode, school_name AS SchoolName, district AS District, has_dish AS HasDish,
               has_receiver AS HasReceiver, has_tv AS HasTv, ready AS Ready, usage_rate AS UsageRate,
               last_supervision AS LastSupervision, CAST(last_rating AS VARCHAR(50)) AS LastRating
        FROM v_dltv_readiness
        """).OrderBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.SchoolCode, StringComparer.Ordinal).ToList();
}
