namespace Dlict.Etl.Validation;

/// <summary>The rules that say a row's school is not in the registry: when they reject every row, the registry is missing or wrong.</summary>
public static class UnknownSchool
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        Rules.SchoolNotInRegistry.Code, Rules.SchoolNameUnmatched.Code, Rules.StudentSchoolUnknown.Code, Rules.TrainingSchoolUnknown.Code,
        Rules.EquipmentSchoolUnknown.Code, Rules.UsageSchoolUnknown.Code, Rules.SupervisionSchoolUnknown.Code,
    };

    public static bool Is(Rule rule) => Codes.Contains(rule.Code);

    public static bool IsCode(string ruleCode) => Codes.Contains(ruleCode);
}
