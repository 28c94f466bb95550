using System.Reflection;

namespace Dlict.Etl.Validation;

/// <summary>The rules a class declares as public static fields, by code.</summary>
public static class RuleList
{
    public static IReadOnlyList<Rule> Of(Type declaring) => declaring
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToList();
}
