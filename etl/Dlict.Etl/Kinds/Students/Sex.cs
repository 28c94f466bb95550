using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Students;

/// <summary>A roster's sex column: ชาย/หญิง (also เด็กชาย, ด.ช., …), M/F, male/female, 1/2 → <c>male</c> / <c>female</c>.</summary>
public static class Sex
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ชาย"] = "male",
        ["ช"] = "male",
        ["เด็กชาย"] = "male",
        ["ด.ช."] = "male",
        ["ดช"] = "male",
        ["นาย"] = "male",
        ["m"] = "male",
        ["male"] = "male",
        ["1"] = "male",
        ["หญิง"] = "female",
        ["ญ"] = "female",
        ["เด็กหญิง"] = "female",
        ["ด.ญ."] = "female",
        ["ดญ"] = "female",
        ["นางสาว"] = "female",
        ["f"] = "female",
        ["female"] = "female",
        ["2"] = "female",
    };

    public static string? Normalize(string? raw) =>
        ThaiText.Clean(raw) is { } text ? Spellings.GetValueOrDefault(text.Replace(" ", "", StringComparison.Ordinal)) : null;
}
