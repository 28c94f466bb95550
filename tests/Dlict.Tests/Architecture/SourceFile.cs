using System.Text;

namespace Dlict.Tests.Architecture;

/// <summary>
/// A source file split into lines of code (comments blanked out) and the string literals that start on each line.
/// A small lexer, not a parser: it knows //, /* */, "…", @"…", $"…" (holes kept as text), """raw""" and '…'.
/// </summary>
public sealed class SourceFile
{
    public SourceFile(string path, string text)
    {
        Path = path.Replace('\\', '/');
        var (code, literals) = Lex(text.ReplaceLineEndings("\n"));
        Code = code.Split('\n');
        Literals = literals;
    }

    /// <summary>Relative to the repository, with '/'.</summary>
    public string Path { get; }

    /// <summary>Each line's code with comments blanked and literal contents kept.</summary>
    public IReadOnlyList<string> Code { get; }

    /// <summary>Each string literal's content and the 1-based line it starts on.</summary>
    public IReadOnlyList<(int Line, string Text)> Literals { get; }

    public string Where(int line) => $"{Path}:{line}";

    private static (string Code, List<(int, string)> Literals) Lex(string s)
    {
        var code = new StringBuilder(s.Length);
        var literals = new List<(int, string)>();
        var line = 1;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n') i++;
                continue;
            }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? s.Length : end + 2;
                for (var j = i; j < end; j++)
                    if (s[j] == '\n') { code.Append('\n'); line++; }
                i = end;
                continue;
            }
            if (s[i] == '\'')
            {
                var end = i + 1;
                while (end < s.Length && s[end] != '\'' && s[end] != '\n') end += s[end] == '\\' ? 2 : 1;
                code.Append(s, i, Math.Min(end + 1, s.Length) - i);
                i = end + 1;
                continue;
            }
            if (s[i] == '"')
            {
                var start = line;
                var verbatim = i > 0 && (s[i - 1] == '@' || (i > 1 && s[i - 1] == '$' && s[i - 2] == '@'));
                var (content, next) = ReadString(s, i, verbatim);
                literals.Add((start, content));
                code.Append('"').Append(content).Append('"');
                line += content.Count(c => c == '\n');
                i = next;
                continue;
            }
            if (s[i] == '\n') line++;
            code.Append(s[i]);
            i++;
        }
        return (code.ToString(), literals);
    }

    /// <summary>The content of the literal whose first quote is at <paramref name="i"/>, and the index after it.</summary>
    private static (string Content, int Next) ReadString(string s, int i, bool verbatim)
    {
        var quotes = 0;
        while (i + quotes < s.Length && s[i + quotes] == '"') quotes++;
        if (quotes >= 3)
        {
            var close = new string('"', quotes);
            var end = s.IndexOf(close, i + quotes, StringComparison.Ordinal);
            end = end < 0 ? s.Length : end;
            return (s[(i + quotes)..end], Math.Min(s.Length, end + quotes));
        }
        if (quotes == 2) return ("", i + 2);
        var text = new StringBuilder();
        var j = i + 1;
        while (j < s.Length)
        {
            if (verbatim && s[j] == '"' && j + 1 < s.Length && s[j + 1] == '"') { text.Append('"'); j += 2; continue; }
            if (s[j] == '"') return (text.ToString(), j + 1);
            if (!verbatim && s[j] == '\\' && j + 1 < s.Length) { text.Append(s[j + 1]); j += 2; continue; }
            if (!verbatim && s[j] == '\n') return (text.ToString(), j);
            text.Append(s[j]);
            j++;
        }
        return (text.ToString(), j);
    }
}
