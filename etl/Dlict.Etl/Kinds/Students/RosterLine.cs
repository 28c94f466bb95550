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

    /// <summary>The normalised ID, kept only in memory to mask it in a duplicate's reject.</summary>
    public string Id { get; init; }

    public StudentKeyBytes Key { get; init; }

    public ulong ShortKey { get; init; }

    public string IdKind { get; init; }

    public int GradeKey { get; init; }

    public string Sex { get; init; }

    public DateOnly? Born { get; init; }

    public IReadOnlyList<Reject> Problems { get; init; }
}
