using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>One school's roster for one cycle in this file, with the short keys seen (duplicates within the school).</summary>
public sealed class Roster(Cycle cycle, string school, DateTime submittedAt)
{
    private int[] _counts = new int[2 * 19]; // male and female of each grade key (dim_grade: 1-18)

    public Cycle Cycle { get; } = cycle;
    public string School { get; } = school;

    /// <summary>The school's place in code order (<see cref="RosterLine.SchoolRank"/>).</summary>
    public int Rank { get; init; }
    public DateTime SubmittedAt { get; set; } = submittedAt;
    public bool Decided { get; set; }
    public bool Replaces { get; set; }
    public int Students { get; set; }
    public int RejectedRows { get; set; }
    public SeenKeys Seen { get; } = new();

    /// <summary>A student written to fact_student (<c>sex</c> is <c>male</c> or <c>female</c>).</summary>
    public void Count(int grade, string sex)
    {
        var slot = 2 * grade + (sex == "male" ? 0 : 1);
        if (slot >= _counts.Length) Array.Resize(ref _counts, slot + 2);
        _counts[slot]++;
    }

    /// <summary>Students written per grade and sex (fact_roster_count), by grade.</summary>
    public IEnumerable<(int Grade, string Sex, int Students)> Counts()
    {
        for (var slot = 0; slot < _counts.Length; slot++)
            if (_counts[slot] > 0) yield return (slot / 2, slot % 2 == 0 ? "male" : "female", _counts[slot]);
    }
}
