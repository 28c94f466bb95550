using System.Globalization;
using Dlict.Etl.Cycles;
using Dlict.Etl.Privacy;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// One roster row as <see cref="RosterLineReader"/> left it: whose roster it belongs to (when known), the student's
/// facts (when every field was good) and the row's problems in the order they were found. A struct: millions of
/// them pass between the reading thread and the writing one, in arrays, without an object each.
/// </summary>
public readonly struct RosterLine
{
    public required int RowNumber { get; init; }

    /// <summary>School and cycle were read; otherwise the row belongs to no roster.</summary>
    public bool HasIdentity { get; init; }

    public string School { get; init; }

    /// <summary>The school's place in code order (<see cref="Loading.SchoolRegistry.CodeOrder"/>): its roster and its place in fact_student's index.</summary>
    public int SchoolRank { get; init; }

    public Cycle Cycle { get; init; }

    public DateTime SubmittedAt { get; init; }

    /// <summary>Every field was good: the student below is set (otherwise the row is rejected).</summary>
    public bool IsStudent { get; init; }

    /// <summary>G-codes after citizen IDs (13 digits: below 10^13) in <see cref="_id"/>.</summary>
    private const long GCodes = 10_000_000_000_000;

    /// <summary>
    /// The ID's 13 characters as one number, plus one (0: none; a G-code: <see cref="GCodes"/> and its 12 digits). The
    /// cell's string, kept on every row, lived until its hold was written (~130,000 at a time in a shuffled roster):
    /// promoted by the garbage collector, then collected in blocking pauses of both threads (two of ~90 ms in 1M rows).
    /// </summary>
    private readonly long _id;

    /// <summary>The normalised ID (13 digits, or G and 12 digits), kept only in memory to mask it in a duplicate's reject.</summary>
    public string? Id
    {
        get => _id == 0 ? null
            : _id - 1 >= GCodes ? "G" + (_id - 1 - GCodes).ToString("D12", CultureInfo.InvariantCulture)
            : (_id - 1).ToString("D13", CultureInfo.InvariantCulture);
        init => _id = value switch
        {
            null => 0,
            { Length: 13 } when value[0] == 'G' => 1 + GCodes + long.Parse(value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture),
            { Length: 13 } => 1 + long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException("an ID is 13 characters once normalised", nameof(value)),
        };
    }

    public StudentKeyBytes Key { get; init; }

    public ulong ShortKey { get; init; }

    public string IdKind { get; init; }

    public int GradeKey { get; init; }

    public string Sex { get; init; }

    public DateOnly? Born { get; init; }

    public IReadOnlyList<Reject> Problems { get; init; }
}
