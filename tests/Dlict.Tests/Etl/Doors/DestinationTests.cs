using Dlict.Etl.Doors;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Doors;

/// <summary>A place in archive/ or rejected/ is reserved before the commit; a run killed in between leaves an empty placeholder.</summary>
public class DestinationTests
{
    [Test]
    public void An_empty_placeholder_left_by_a_killed_run_is_taken_over_and_a_real_file_is_not()
    {
        using var dir = new TempDir();
        var left = dir.File("roster 2568-1.csv");
        File.WriteAllBytes(left, []);
        var kept = dir.File("enrolment 2568-1.csv");
        File.WriteAllText(kept, "school_code,grade\n");

        using var reserved = Destination.TryReserve(left);
        var taken = Destination.TryReserve(kept);

        Assert.That(reserved?.Path, Is.EqualTo(left), "the rerun keeps the file's own name");
        Assert.That(taken, Is.Null);
        Assert.That(File.ReadAllText(kept), Is.EqualTo("school_code,grade\n"));
    }

    [Test]
    public void A_reservation_whose_file_never_moves_in_is_removed()
    {
        using var dir = new TempDir();
        var path = dir.File("x.csv");

        Destination.TryReserve(path)!.Dispose();

        Assert.That(File.Exists(path), Is.False);
    }
}
