using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.ServiceRequests;

/// <summary>The group director's opinion on a request: <c>approved</c>, <c>denied</c>, or null while pending.</summary>
public static class Decision
{
    private static readonly Dictionary<string, string?> ByText = new(StringComparer.OrdinalIgnoreCase)
    {
        ["อนุญาต"] = "approved",
        ["อนุมัติ"] = "approved",
        ["เห็นควรอนุญาต"] = "approved",
        ["approved"] = "approved",
        ["approve"] = "approved",
        ["Y"] = "approved",
        ["ไม่อนุญาต"] = "denied",
        ["ไม่อนุมัติ"] = "denied",
        ["denied"] = "denied",
        ["deny"] = "denied",
        ["N"] = "denied",
        ["รอพิจารณา"] = null,
        ["pending"] = null,
    };

    /// <summary>False when the text is neither approval, denial nor pending; missing is pending.</summary>
    public static bool TryParse(string? raw, out string? decision)
    {
        decision = null;
        if (Missing.IsMissing(raw)) return true;
        var text = ThaiText.Clean(raw)!.Replace(" ", "", StringComparison.Ordinal);
        return ByText.TryGetValue(text, out decision);
    }
}
