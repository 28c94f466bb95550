using System.Text.RegularExpressions;

namespace Dlict.Tests.Architecture;

/// <summary>Reports reads the warehouse only: no project reference to Dlict.Etl, no Dlict.Etl name in its code.</summary>
public static partial class EtlReference
{
    public static IEnumerable<string> Offences(IEnumerable<(string Path, string Text)> projects, IEnumerable<SourceFile> sources)
    {
        foreach (var (path, text) in projects)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
                if (ProjectReference().IsMatch(lines[i])) yield return $"{path}:{i + 1} {lines[i].Trim()}";
        }
        foreach (var file in sources)
            for (var i = 0; i < file.Code.Count; i++)
                if (EtlName().IsMatch(file.Code[i])) yield return $"{file.Where(i + 1)} {file.Code[i].Trim()}";
    }

    [GeneratedRegex(@"<(ProjectReference|Reference)\b[^>]*Dlict\.Etl\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])Dlict\.Etl\b")]
    private static partial Regex EtlName();
}
