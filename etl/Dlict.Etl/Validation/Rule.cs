namespace Dlict.Etl.Validation;

/// <summary>
/// A validation rule with a stable code (e.g. <c>ENR-003</c>: the prefix is its kind's) and its message in Thai and
/// English. Each kind declares its rules in its own folder.
/// </summary>
public sealed record Rule(string Code, Severity Severity, string Thai, string English)
{
    /// <summary>The rule says the row's school is not in the registry: when such rules reject every row, the registry is missing or wrong.</summary>
    public bool MeansUnknownSchool { get; init; }

    /// <summary>The code's letters before the dash (<c>ENR</c>).</summary>
    public string Prefix => Code[..Code.IndexOf('-', StringComparison.Ordinal)];
}
