using Dlict.Etl.Reading;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>The figures of one grade as a row gives them: a long-form row holds one, a wide DMC row one per grade.</summary>
public sealed record GradeInput(string? Grade, string GradeColumn, GradeFigures Figures, GradeFigures.ColumnNames Names)
{
    public static IEnumerable<GradeInput> FromLong(RawRow row, HeaderMatch header)
    {
        string? Cell(string column) => header.IndexOf(column) is { } i ? row[i] : null;
        yield return new GradeInput(Cell("grade"), "grade",
            new GradeFigures(Cell("male"), Cell("female"), Cell("total"), Cell("classrooms")), GradeFigures.ColumnNames.Long);
    }

    public static IEnumerable<GradeInput> FromWide(RawRow row, WideEnrolmentLayout layout)
    {
        foreach (var g in layout.Grades)
        {
            var figures = new GradeFigures(At(row, g.Male), At(row, g.Female), At(row, g.Total), At(row, g.Rooms));
            if (!figures.IsEmpty) yield return new GradeInput(g.Grade, g.Grade, figures, GradeFigures.ColumnNames.Wide(g.Grade));
        }
    }

    public static string? At(RawRow row, int? column) => column is { } c ? row[c] : null;
}
