using Dlict.Etl.Kinds;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Reading;

/// <summary>
/// Finds the header row (inputs.md): the first of the first 20 rows whose cells hold every required column
/// of at least one kind — a two-row header counts as one — and picks the kind with the most matched columns.
/// </summary>
public static class HeaderLocator
{
    /// <param name="given">Columns the door supplies (<c>--school</c>: school_code): a kind may lack them, if it still
    /// matches a required column other than the school's code and name (so a school hint never makes a file a registry).</param>
    public static HeaderMatch? Locate(IReadOnlyList<RawRow> head, IReadOnlyList<KindSchema> kinds, string? file = null, IReadOnlyDictionary<string, string>? given = null)
    {
        given ??= new Dictionary<string, string>();
        for (var i = 0; i < Math.Min(head.Count, SheetCursor.HeaderSearchRows); i++)
        {
            var candidates = new List<HeaderMatch>();
            AddCandidates(candidates, head[i].Cells, i, kinds, given);
            if (i + 1 < head.Count) AddCandidates(candidates, TwoRowHeader.Combine(head[i].Cells, head[i + 1].Cells), i + 1, kinds, given);
            if (candidates.Count == 0) continue;

            var best = candidates.Max(c => c.Matched);
            var winners = candidates.Where(c => c.Matched == best).DistinctBy(c => c.Kind.Name).ToList();
            if (winners.Count > 1)
            {
                var names = string.Join(", ", winners.Select(w => w.Kind.Name));
                throw new FileRejectedException(
                    $"ไฟล์ {file} เข้าได้กับข้อมูลหลายประเภท ({names}) ให้ระบุ --kind",
                    $"{file} matches several kinds ({names}) equally: name one with --kind");
            }
            return candidates.Where(c => c.Matched == best).OrderBy(c => c.LastHeaderIndex).First();
        }
        return null;
    }

    private static void AddCandidates(List<HeaderMatch> into, string?[] header, int lastIndex, IReadOnlyList<KindSchema> kinds, IReadOnlyDictionary<string, string> given)
    {
        foreach (var kind in kinds)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var unknown = new List<string>();
            for (var c = 0; c < header.Length; c++)
            {
                var column = kind.ColumnFor(header[c]);
                if (column is not null) columns.TryAdd(column, c);
                else if (!string.IsNullOrWhiteSpace(header[c])) unknown.Add(header[c]!);
            }
            var supplied = kind.RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
            if (supplied.Count > 0 && (!supplied.All(given.ContainsKey) || !kind.RequiredColumns.Any(c => columns.ContainsKey(c) && c is not ("school_code" or "school_name"))))
                continue;
            into.Add(new HeaderMatch(kind, lastIndex, columns, unknown)
            {
                Width = Array.FindLastIndex(header, h => !string.IsNullOrWhiteSpace(h)) + 1,
                Cells = header.Length,
                Given = given.Where(g => !columns.ContainsKey(g.Key)).ToDictionary(),
            });
        }
        if (kinds.Contains(KindCatalogue.Enrolment) && WideEnrolmentLayout.TryCreate(header) is { } wide)
            into.Add(new HeaderMatch(KindCatalogue.Enrolment, lastIndex, wide.KeyColumns, [], wide));
    }
}
