using Dlict.Etl.Reading;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>
/// The wide DMC form: one row per school, a group of ชาย / หญิง / รวม / ห้อง columns per grade, optional
/// subtotal groups (รวมก่อนประถม …, รวมทั้งหมด) that are checked and not stored.
/// </summary>
public sealed class WideEnrolmentLayout : IHeaderLayout
{
    private WideEnrolmentLayout(string?[] headers, IReadOnlyDictionary<string, int> keyColumns, IReadOnlyList<GradeColumns> grades, IReadOnlyList<SubtotalColumns> subtotals)
    {
        Headers = headers;
        KeyColumns = keyColumns;
        Grades = grades;
        Subtotals = subtotals;
    }

    /// <summary>school_code / school_name / district / submitted_at / academic_year / round → column index.</summary>
    public IReadOnlyDictionary<string, int> KeyColumns { get; }

    public IReadOnlyList<GradeColumns> Grades { get; }

    /// <summary>The header as read (two-row headers combined), for naming columns in rejects.</summary>
    public IReadOnlyList<string?> Headers { get; }

    public IReadOnlyList<SubtotalColumns> Subtotals { get; }

    public int MatchedColumns => KeyColumns.Count + Grades.Sum(g => g.Count) + Subtotals.Sum(s => s.Count);

    public static WideEnrolmentLayout? TryCreate(string?[] header)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var grades = new Dictionary<string, GradeColumns>(StringComparer.Ordinal);
        var subtotals = new Dictionary<string, SubtotalColumns>(StringComparer.Ordinal);
        for (var c = 0; c < header.Length; c++)
        {
            var text = ThaiText.Clean(header[c]);
            if (text is null) continue;
            if (EnrolmentKind.Schema.ColumnFor(text) is { } key and ("school_code" or "school_name" or "submitted_at" or "academic_year" or "round"))
                keys.TryAdd(key, c);
            else if (ColumnName.Normalize(text) == "อำเภอ") keys.TryAdd("district", c);
            else if (WideHeader.Parse(text) is { } cell)
            {
                if (cell.Grade is { } g) (grades.TryGetValue(g, out var gc) ? gc : grades[g] = new GradeColumns(g)).Set(cell.Measure, c);
                else (subtotals.TryGetValue(cell.Group!, out var sc) ? sc : subtotals[cell.Group!] = new SubtotalColumns(cell.Group!)).Set(cell.Measure, c);
            }
        }
        var complete = grades.Values.Where(g => g.Male is not null && g.Female is not null).OrderBy(g => GradeName.Order(g.Grade)).ToList();
        if (complete.Count == 0 || !(keys.ContainsKey("school_code") || keys.ContainsKey("school_name"))) return null;
        return new WideEnrolmentLayout(header, keys, complete, subtotals.Values.ToList());
    }
}

/// <summary>The columns of one grade in the wide form.</summary>
public sealed class GradeColumns(string grade) : MeasureColumns
{
    public string Grade { get; } = grade;
}

/// <summary>The columns of one subtotal group (รวมประถม …) in the wide form.</summary>
public sealed class SubtotalColumns(string group) : MeasureColumns
{
    public string Group { get; } = group;

    /// <summary>The grades this subtotal adds up.</summary>
    public IEnumerable<string> GradesCovered => Group switch
    {
        "ก่อนประถม" => GradeName.All.Take(3),
        "ประถม" => GradeName.All.Skip(3).Take(6),
        "ม.ต้น" => GradeName.All.Skip(9).Take(3),
        "ม.ปลาย" => GradeName.All.Skip(12),
        _ => GradeName.All,
    };
}

/// <summary>Male / female / total / rooms column indexes of a group.</summary>
public abstract class MeasureColumns
{
    public int? Male { get; private set; }
    public int? Female { get; private set; }
    public int? Total { get; private set; }
    public int? Rooms { get; private set; }

    public int Count => new[] { Male, Female, Total, Rooms }.Count(x => x is not null);

    public void Set(Measure measure, int column)
    {
        switch (measure)
        {
            case Measure.Male: Male ??= column; break;
            case Measure.Female: Female ??= column; break;
            case Measure.Total: Total ??= column; break;
            default: Rooms ??= column; break;
        }
    }
}
