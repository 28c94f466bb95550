using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Enrolment;

public enum Measure
{
    Male,
    Female,
    Total,
    Rooms,
}

/// <summary>One header cell of the wide DMC form: <c>อ.1 ชาย</c>, <c>รวมอ.1</c>, <c>อ.1 ห้อง</c>, <c>รวมประถม หญิง</c>, <c>รวมห้องม.ต้น</c>.</summary>
public sealed record WideHeader(string? Grade, string? Group, Measure Measure)
{
    private static readonly (string Prefix, string Group)[] Groups =
    [
        ("ก่อนประถม", "ก่อนประถม"), ("อนุบาล", "ก่อนประถม"), ("ประถม", "ประถม"),
        ("มต้น", "ม.ต้น"), ("มัธยมต้น", "ม.ต้น"), ("มปลาย", "ม.ปลาย"), ("มัธยมปลาย", "ม.ปลาย"),
        ("ทั้งหมด", "ทั้งหมด"), ("ทั้งสิ้น", "ทั้งหมด"),
    ];

    private static readonly (string Word, Measure Measure)[] Suffixes =
        [("ชาย", Measure.Male), ("หญิง", Measure.Female), ("รวม", Measure.Total), ("ห้องเรียน", Measure.Rooms), ("ห้อง", Measure.Rooms)];

    public static WideHeader? Parse(string header)
    {
        var text = header.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (text.StartsWith("รวม", StringComparison.Ordinal) && ParseSubtotal(text[3..]) is { } subtotal) return subtotal;

        foreach (var (word, measure) in Suffixes)
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.Ordinal) && GradeOf(text[..^word.Length]) is { } g)
                return new WideHeader(g, null, measure);
        if (text.StartsWith("รวม", StringComparison.Ordinal) && GradeOf(text[3..]) is { } total) return new WideHeader(total, null, Measure.Total);
        if (text.StartsWith("ห้อง", StringComparison.Ordinal) && GradeOf(text[4..]) is { } rooms) return new WideHeader(rooms, null, Measure.Rooms);
        return null;
    }

    private static WideHeader? ParseSubtotal(string rest)
    {
        var rooms = rest.StartsWith("ห้อง", StringComparison.Ordinal);
        if (rooms) rest = rest[4..];
        foreach (var (prefix, group) in Groups)
        {
            if (!rest.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (rooms) return new WideHeader(null, group, Measure.Rooms);
            if (rest.EndsWith("ชาย", StringComparison.Ordinal)) return new WideHeader(null, group, Measure.Male);
            if (rest.EndsWith("หญิง", StringComparison.Ordinal)) return new WideHeader(null, group, Measure.Female);
            if (rest.EndsWith("ห้อง", StringComparison.Ordinal)) return new WideHeader(null, group, Measure.Rooms);
            return new WideHeader(null, group, Measure.Total);
        }
        return null;
    }

    private static string? GradeOf(string text) => GradeName.TryNormalize(text, out var grade) ? grade : null;
}
