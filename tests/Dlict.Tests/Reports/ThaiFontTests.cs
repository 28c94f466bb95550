using Dlict.Reports.Fonts;
using ScottPlot;
using SkiaSharp;

namespace Dlict.Tests.Reports;

public class ThaiFontTests
{
    private const string Thai = "นักเรียนรายอำเภอ ปีการศึกษา ๒๕๖๘";

    [Test]
    public void Thai_text_renders_with_the_shipped_loma_font_and_not_with_a_font_lacking_thai()
    {
        var family = ThaiFont.Register();

        var withLoma = Render(family);
        var withoutThai = Render("DLICT no such font"); // unregistered: a face without Thai glyphs stands in

        Assert.That(withLoma, Is.Not.EqualTo(withoutThai), "the Thai rendering must differ from one without Thai glyphs");
        Assert.That(InkPixels(withLoma), Is.GreaterThan(500), "the Thai image must not be blank");
        Attach(withLoma, "thai-loma.png");
        Attach(withoutThai, "thai-without-font.png");
    }

    [Test]
    public void The_family_has_regular_and_bold_faces()
    {
        var family = ThaiFont.Register();

        Assert.That(Fonts.GetTypeface(family, bold: false, italic: false).FamilyName, Does.Contain("Loma"));
        Assert.That(Fonts.GetTypeface(family, bold: true, italic: false).IsBold, Is.True);
    }

    private static byte[] Render(string font)
    {
        var plot = new Plot();
        plot.HideAxesAndGrid();
        plot.Title(Thai, size: 40);
        plot.Font.Set(font);
        return plot.GetImageBytes(700, 160, ImageFormat.Png);
    }

    private static int InkPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var ink = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y).Red < 128) ink++;
        return ink;
    }

    private static void Attach(byte[] png, string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "render-artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        TestContext.AddTestAttachment(path);
    }
}
