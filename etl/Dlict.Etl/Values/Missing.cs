namespace Dlict.Etl.Values;

/// <summary>Placeholders that mean "no value" (never zero).</summary>
public static class Missing
{
    /// <summary>True for null, empty, whitespace and the dashes <c>-</c>, <c>—</c>, <c>–</c> (after <see cref="ThaiText.Clean"/>).</summary>
    public static bool IsMissing(string? raw)
    {
        var text = ThaiText.Clean(raw);
        return text is null or "-" or "—" or "–";
    }
}
