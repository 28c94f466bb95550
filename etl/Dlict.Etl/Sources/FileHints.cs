using Dlict.Etl.Cycles;

namespace Dlict.Etl.Sources;

/// <summary>
/// What a door knows about a file besides its bytes: the kind (<c>--kind</c>), the cycle (<c>--cycle</c>), the school
/// that sent it (<c>--school</c>, a school's upload link) and who sent it (an e-mail address, a source's name). Each is
/// optional; the file's own columns and name say the rest.
/// </summary>
public sealed record FileHints(string? Kind = null, Cycle? Cycle = null, string? SchoolCode = null, string? Sender = null)
{
    public static readonly FileHints None = new();
}
