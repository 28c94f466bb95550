using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds;

/// <summary>
/// An input kind of inputs.md. Everything about it lives in its folder <c>Kinds/&lt;Kind&gt;/</c>: the columns and
/// aliases and any other header layout (<see cref="Schema"/>), the rules, the loader. The class registers itself:
/// <see cref="KindCatalogue"/> finds every one in the assembly, so generic code never names a kind.
/// </summary>
public interface IInputKind
{
    /// <summary>The kind's name (as in <c>--kind</c> and etl_file.kind), columns, personal columns and header layouts.</summary>
    KindSchema Schema { get; }

    /// <summary>Kinds are tried most specific first (higher first); no two kinds share a value.</summary>
    int Specificity { get; }

    /// <summary>The letters every rule code of the kind starts with (<c>ENR</c>).</summary>
    string RulePrefix { get; }

    /// <summary>The kind's rules (see <see cref="RuleList.Of"/>).</summary>
    IReadOnlyList<Rule> Rules { get; }

    IKindLoader Loader { get; }
}
