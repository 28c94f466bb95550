using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds;

/// <summary>
/// The input kinds: every <see cref="IInputKind"/> in this assembly, most specific first. A new kind is a new folder
/// under Kinds/ with its <see cref="IInputKind"/>; nothing here changes.
/// </summary>
public static class KindCatalogue
{
    /// <summary>The kinds, most specific first.</summary>
    public static IReadOnlyList<IInputKind> Kinds { get; } = Discover(typeof(IInputKind).Assembly.GetTypes());

    /// <summary>Their header schemas, in the same order.</summary>
    public static IReadOnlyList<KindSchema> All { get; } = [.. Kinds.Select(k => k.Schema)];

    /// <summary>Their loaders, in the same order.</summary>
    public static IReadOnlyList<IKindLoader> Loaders { get; } = [.. Kinds.Select(k => k.Loader)];

    /// <summary>Every rule of every kind, by code.</summary>
    public static IReadOnlyList<Rule> Rules { get; } = [.. Kinds.SelectMany(k => k.Rules).OrderBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>Kinds whose files hold people: a name column, a citizen ID or staff code, or names the kind never reads.</summary>
    public static IReadOnlySet<string> PersonalKinds { get; } =
        Kinds.Where(k => k.Schema.HoldsPersonalData).Select(k => k.Schema.Name).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> UnknownSchoolCodes = [.. Rules.Where(r => r.MeansUnknownSchool).Select(r => r.Code)];

    public static KindSchema? Find(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind that declares <paramref name="rule"/>, or null.</summary>
    public static IInputKind? KindOf(Rule rule) => Kinds.FirstOrDefault(k => k.Rules.Contains(rule));

    /// <summary>The rule (by code, as etl_reject stores it) says the row's school is not in the registry.</summary>
    public static bool MeansUnknownSchool(string ruleCode) => UnknownSchoolCodes.Contains(ruleCode);

    /// <summary>The kinds among <paramref name="types"/>, checked: unique names, specificities and prefixes, each rule under its kind's prefix.</summary>
    public static IReadOnlyList<IInputKind> Discover(IEnumerable<Type> types)
    {
        var kinds = types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IInputKind).IsAssignableFrom(t))
            .Select(t => (IInputKind)Activator.CreateInstance(t)!)
            .OrderByDescending(k => k.Specificity)
            .ToList();
        Require(kinds.Select(k => k.Schema.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == kinds.Count, "two kinds share a name");
        Require(kinds.Select(k => k.Specificity).Distinct().Count() == kinds.Count, "two kinds share a specificity");
        Require(kinds.Select(k => k.RulePrefix).Distinct(StringComparer.Ordinal).Count() == kinds.Count, "two kinds share a rule prefix");
        foreach (var kind in kinds)
            foreach (var rule in kind.Rules)
                Require(rule.Prefix == kind.RulePrefix, $"rule {rule.Code} of kind {kind.Schema.Name} does not start with {kind.RulePrefix}");
        return kinds;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition) throw new InvalidOperationException("input kinds: " + problem);
    }
}
