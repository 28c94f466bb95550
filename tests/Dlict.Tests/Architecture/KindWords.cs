using System.Text.RegularExpressions;

namespace Dlict.Tests.Architecture;

/// <summary>
/// The words that name one kind, which may appear only in its folder <c>Kinds/&lt;Folder&gt;/</c>:
/// <list type="bullet">
/// <item>its namespace <c>Kinds.&lt;Folder&gt;</c> and the types declared in it (<c>EnrolmentLoader</c>, <c>RowIdentity</c>),
/// whole word and case-sensitive in code (comments are not code); a type name several kinds declare (<c>Rules</c>) is not one kind's;</item>
/// <item>its name (<c>--kind</c>, etl_file.kind): a string literal that is exactly the name; a name with an underscore
/// (<c>dltv_usage</c>) also as a whole word inside any literal. A plain name (<c>schools</c>, <c>training</c>) inside a
/// sentence is English prose, not a reference;</item>
/// <item>its own columns (those no other kind has) whose name has an underscore (<c>supervisor_id</c>): whole word in a
/// string literal that is not SQL. One-word columns (<c>male</c>, <c>status</c>, <c>dltv</c>) are also values and prose,
/// and SQL names warehouse columns (the data dictionary's vocabulary), so neither is looked at.</item>
/// </list>
/// A column two or more kinds share (school_code, grade, academic_year) is the domain's common vocabulary and free.
/// </summary>
public sealed partial record KindWords(string Name, string Folder, IReadOnlyList<string> TypeNames, IReadOnlyList<string> OwnColumns)
{
    /// <summary>The words of each kind: (name, folder, types of its namespace, its columns).</summary>
    public static IReadOnlyList<KindWords> From(IEnumerable<(string Name, string Folder, IReadOnlyList<string> Types, IReadOnlyList<string> Columns)> kinds)
    {
        var list = kinds.ToList();
        var columnOwners = list.SelectMany(k => k.Columns.Distinct()).CountBy(c => c).ToDictionary();
        var typeOwners = list.SelectMany(k => k.Types.Distinct()).CountBy(t => t).ToDictionary();
        return list.Select(k => new KindWords(k.Name, k.Folder,
            k.Types.Distinct().Where(t => typeOwners[t] == 1).ToList(),
            k.Columns.Distinct().Where(c => columnOwners[c] == 1 && c.Contains('_', StringComparison.Ordinal)).ToList())).ToList();
    }

    /// <summary>Offending "path:line word" of <paramref name="file"/>, unless the file is in this kind's folder.</summary>
    public IEnumerable<string> Offences(SourceFile file, string kindsFolder)
    {
        if (file.Path.StartsWith($"{kindsFolder}/{Folder}/", StringComparison.Ordinal)) yield break;
        var inCode = new Regex(string.Join('|', TypeNames.Select(Word).Prepend($@"(?<![A-Za-z0-9_])Kinds\.{Folder}(?![A-Za-z0-9_])")));
        for (var i = 0; i < file.Code.Count; i++)
            foreach (Match m in inCode.Matches(Literal().Replace(file.Code[i], "\"\"")))
                yield return $"{file.Where(i + 1)} {m.Value}";
        foreach (var (line, text) in file.Literals)
        {
            if (text == Name || (Name.Contains('_', StringComparison.Ordinal) && Regex.IsMatch(text, Word(Name))))
                yield return $"{file.Where(line)} \"{Name}\"";
            if (Sql().IsMatch(text)) continue;
            foreach (var column in OwnColumns.Where(c => Regex.IsMatch(text, Word(c))))
                yield return $"{file.Where(line)} \"{column}\"";
        }
    }

    private static string Word(string word) => $@"(?<![A-Za-z0-9_]){Regex.Escape(word)}(?![A-Za-z0-9_])";

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|MERGE|CREATE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sql();
}
