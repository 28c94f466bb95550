using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds;

/// <summary>A column of an input kind: its canonical name, whether it is required, and the headers that mean it.</summary>
public sealed record ColumnSpec(string Name, bool Required, IReadOnlyList<string> Aliases)
{
    public static ColumnSpec Req(string name, params string[] aliases) => new(name, true, aliases);

    public static ColumnSpec Opt(string name, params string[] aliases) => new(name, false, aliases);

    /// <summary>A personal column (a name): it helps recognise the header, and its cells are never read (<see cref="Sources.UnreadColumns"/>).</summary>
    public static ColumnSpec Personal(string name, params string[] aliases) => new(name, false, aliases) { IsPersonal = true };

    public bool IsPersonal { get; private init; }

    /// <summary>Every normalised spelling that matches this column (the canonical name included).</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Name).Select(ColumnName.Normalize).Distinct();
}
