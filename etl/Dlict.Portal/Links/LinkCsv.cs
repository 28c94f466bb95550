using System.Text;

namespace Dlict.Portal.Links;

/// <summary><c>school_code,school_name,district,url</c> as UTF-8 with BOM (Excel on Thai Windows opens it right).</summary>
public static class LinkCsv
{
    public static void Write(string path, IEnumerable<SchoolLink> links)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder("school_code,school_name,district,url\r\n");
        foreach (var l in links)
            text.Append(Field(l.SchoolCode)).Append(',').Append(Field(l.SchoolName)).Append(',').Append(Field(l.District ?? ""))
                .Append(',').Append(Field(l.Url)).Append("\r\n");
        File.WriteAllText(path, "");
        Etl.Files.OwnerOnly.Restrict(path); // the file holds live secrets: owner-only before they are written
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>Quoted when needed; a leading = + - @ is defused so that a spreadsheet does not run it as a formula.</summary>
    private static string Field(string value)
    {
        if (Dlict.Reports.Workbooks.SafeCell.LooksLikeFormula(value)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
