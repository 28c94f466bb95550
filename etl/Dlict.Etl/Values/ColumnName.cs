using System.Text;

namespace Dlict.Etl.Values;

/// <summary>The comparable form of a column header: case, spaces, <c>_ - .</c> and a trailing unit in parentheses ignored.</summary>
public static class ColumnName
{
    /// <summary>
    /// <c>School_Code</c>, <c>school code</c>, <c>SCHOOL-CODE</c> → <c>schoolcode</c>;
    /// <c>รหัสกระทรวง (10 หลัก)</c> → <c>รหัสกระทรวง</c>; <c>อ.1 ชาย</c> → <c>อ1ชาย</c>.
    /// </summary>
    public static string Normalize(string? header)
    {
        var text = ThaiText.Clean(header);
        if (text is null)
        {
            return string.Empty;
        }

        text = text.ToLowerInvariant();
        if (text.EndsWith(')'))
        {
            var open = text.LastIndexOf('(');
            if (open > 0)
            {
                text = text[..open];
            }
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '_' or '-' or '.'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
