using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Dlict.Cli.Verbs;

/// <summary>
/// Arguments typed on the command line: a token that looks like an option (<c>--submited-at</c>) is an unknown option,
/// not a file or a statement, and a path that does not exist is named — both usage errors (exit 2) instead of a quiet
/// "no files".
/// </summary>
public static partial class CommandLinePaths
{
    public static void Validate(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            if (File.Exists(token) || Directory.Exists(token)) continue;
            result.AddError(LooksLikeOption(token)
                ? UnknownOption(token)
                : $"ไม่พบไฟล์หรือโฟลเดอร์ '{token}' / no such file or folder '{token}'");
        }
    }

    /// <summary>For arguments that are not paths (the sql statement): only the option-like token is refused.</summary>
    public static void RefuseOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Select(t => t.Value).Where(LooksLikeOption))
            result.AddError(UnknownOption(token));
    }

    /// <summary><c>-x</c>, <c>--some-option</c>: one word after one or two dashes (a SQL comment has spaces or a line after it).</summary>
    public static bool LooksLikeOption(string token) => OptionLike().IsMatch(token);

    private static string UnknownOption(string token) => $"ไม่รู้จักตัวเลือก '{token}' / unknown option '{token}'";

    [GeneratedRegex(@"^--?[A-Za-z][A-Za-z0-9_-]*(=.*)?$")]
    private static partial Regex OptionLike();
}
