namespace Dlict.Tests.Proof;

/// <summary>What no loaded file may ever break, whatever it contained.</summary>
public static class Invariants
{
    public static void Hold(TestWarehouse w)
    {
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_enrolment WHERE total <> male + female OR total IS NULL"), Is.Zero, "total ≠ male + female");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_enrolment WHERE male < 0 OR female < 0 OR classrooms < 0"), Is.Zero, "negative counts");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_enrolment WHERE school_name IS NULL"), Is.Zero, "enrolment of a school not in the registry");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_enrolment WHERE grade IS NULL OR school_code IS NULL OR length(school_code) <> 10"), Is.Zero, "garbage keys");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_school WHERE length(school_code) <> 10 OR school_code GLOB '*[^0-9]*'"), Is.Zero, "a school code that is not 10 digits");
    }
}
