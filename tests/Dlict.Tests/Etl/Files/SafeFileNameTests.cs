using System.Text;
using Dlict.Etl.Files;

namespace Dlict.Tests.Etl.Files;

public class SafeFileNameTests
{
    [TestCase(@"x\..\..\..\elsewhere\pwn.csv", "x_______elsewhere_pwn.csv")]
    [TestCase("a/b.csv", "a_b.csv")]
    [TestCase("..", "_")]
    [TestCase("...csv", "_.csv")]
    [TestCase("line\nbreak\r.csv", "line_break_.csv")]
    [TestCase("bell\u0007\u001b[31m red.csv", "bell__[31m red.csv")]
    [TestCase("rlo\u202Egpj.csv", "rlo_gpj.csv")]
    [TestCase("C:evil.csv", "C_evil.csv")]
    [TestCase("ข้อมูล ป.1 2568-1.csv", "ข้อมูล ป.1 2568-1.csv")]
    [TestCase("  trailing dots...  ", "trailing dots_")]
    [TestCase("", "_")]
    public void Cleans_separators_dot_dot_and_control_characters(string name, string expected) =>
        Assert.That(SafeFileName.Clean(name), Is.EqualTo(expected));

    [Test]
    public void A_long_Thai_name_fits_255_bytes_between_whole_characters_and_keeps_its_extension()
    {
        var name = string.Concat(Enumerable.Repeat("นักเรียน", 20)) + " 2568-1.csv"; // 480 + 11 bytes

        var fitted = SafeFileName.Clean(name);

        Assert.That(Encoding.UTF8.GetByteCount(fitted), Is.LessThanOrEqualTo(255).And.GreaterThan(245));
        Assert.That(fitted, Does.EndWith(".csv"));
        Assert.That(name, Does.StartWith(fitted[..^4]));
        Assert.That(fitted[^5], Is.Not.EqualTo('\u0e35'), "the cut keeps a vowel with its consonant");
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(fitted[..^4]);
        Assert.That(System.Globalization.StringInfo.ParseCombiningCharacters(name[..(fitted.Length - 4)]), Is.EqualTo(elements));
    }

    [Test]
    public void Fit_never_splits_a_consonant_from_its_vowel()
    {
        // "นี้" is three code points, one text element: at a budget that falls inside it, all three go.
        Assert.That(SafeFileName.Fit("กนี้.csv", 3 + 2 + 4), Is.EqualTo("ก.csv"));
        Assert.That(SafeFileName.Fit("กนี้.csv", 3 + 9 + 4), Is.EqualTo("กนี้.csv"));
    }

    [Test]
    public void A_path_that_leaves_its_folder_is_refused_and_a_clean_one_is_kept_inside()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dlict-contained");

        Assert.That(() => ContainedPath.Checked(folder, Path.Combine(folder, "..", "pwn.csv")), Throws.InstanceOf<UnsafePathException>());
        Assert.That(() => ContainedPath.Checked(folder, folder + "-sibling/pwn.csv"), Throws.InstanceOf<UnsafePathException>());
        Assert.That(() => ContainedPath.Checked(folder, folder), Throws.InstanceOf<UnsafePathException>());
        Assert.That(ContainedPath.Of(folder, ["..", @"..\..\pwn.csv"]), Is.EqualTo(Path.Combine(folder, "_", "____pwn.csv")));
    }
}
