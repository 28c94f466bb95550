using Dlict.Etl.Values;

namespace Dlict.Etl.Reading;

/// <summary>A column of an input kind: its canonical name, whether it is required, and the headers that mean it.</summary>
public sealed record ColumnSpec(string Name, bool Required, IReadOnlyList<string> Aliases)
{
    public static ColumnSpec Req(string name, params string[] aliases) => new(name, true, aliases);

    public static ColumnSpec Opt(string name, params string[] aliases) => new(name, false, aliases);

    /// <summary>A personal column (a name): it helps recognise the header, and its cells are never read (<see cref="Sources.UnreadColumns"/>).</summary>
    public static ColumnSpec Personal(string name, params string[] aliases) => new(name, false, aliases) { IsPersonal = true };

    /// <summary>A citizen id or staff code: stored only as a keyed hash, and masked in a reject.</summary>
    public static ColumnSpec PersonId(string name, bool required, params string[] aliases) => new(name, required, aliases) { IsPersonId = true };

    public bool IsPersonal { get; private init; }

    public bool IsPersonId { get; private init; }

    /// <summary>Every normalised spelling that matches this column (the canonical name included).</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Name).Select(ColumnName.Normalize).Distinct();
}
