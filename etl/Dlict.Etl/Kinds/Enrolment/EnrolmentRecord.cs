using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>One valid grade of one school's submission: what becomes a fact_enrolment row.</summary>
public readonly record struct EnrolmentRecord(int RowNumber, Cycle Cycle, string SchoolCode, string Grade, int Male, int Female, int? Classrooms, DateTime SubmittedAt)
{
    public int Total => Male + Female;
}
