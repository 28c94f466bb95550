using System.Data.Common;
using Dapper;
using Dlict.Reports.Queries;

namespace Dlict.Reports.Workbooks;

/// <summary>The data-quality figures of a cycle (v_data_quality): the median score, the cycle before, the lowest schools.</summary>
public sealed record QualityFigures(string Cycle, double? Median, int Schools, string? PreviousCycle, double? PreviousMedian, IReadOnlyList<SchoolScore> Lowest)
{
    public const int LowestCount = 10;

    /// <summary>Median now − median of the cycle before, in points; null when either is missing.</summary>
    public double? Change => Median is { } now && PreviousMedian is { } before ? now - before : null;

    public static QualityFigures Read(DbConnection c, string cycle)
    {
        var scores = QualityQuery.Scores(c, cycle);
        var previous = PreviousOf(c, cycle);
        var previousScores = previous is null ? [] : QualityQuery.Scores(c, previous);
        return new QualityFigures(cycle, MedianOf(scores), scores.Count, previous, MedianOf(previousScores), scores.Take(LowestCount).ToList());
    }

    /// <summary>The median of the scores (the mean of the two middle ones for an even count); null without scores.</summary>
    public static double? MedianOf(IReadOnlyList<SchoolScore> scores)
    {
        if (scores.Count == 0) return null;
        var sorted = scores.Select(s => s.Score).Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>The cycle just before (by dim_cycle's key: 2568/1 after 2567/3), or null.</summary>
    private static string? PreviousOf(DbConnection c, string cycle) => c.QueryFirstOrDefault<string?>(
        """
        SELECT cycle FROM dim_cycle
        WHERE cycle_key = (SELECT MAX(cycle_key) FROM dim_cycle WHERE cycle_key < (SELECT cycle_key FROM dim_cycle WHERE cycle = @cycle))
        """, new { cycle });
}
