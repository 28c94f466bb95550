using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// The one way a value reaches a cell. Text that a spreadsheet would read as a formula (<c>= + - @</c>) is kept
/// as text with a quote prefix, so data from schools can never run as a formula.
/// </summary>
public static class SafeCell
{
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@';

    public static void Set(ExcelRange cell, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                cell.Value = null;
                break;
            case string text:
                cell.Value = text;
                if (LooksLikeFormula(text)) cell.Style.QuotePrefix = true;
                break;
            case DateOnly date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                cell.Style.Numberformat.Format = "yyyy-mm-dd";
                break;
            case DateTime time:
                cell.Value = time;
                cell.Style.Numberformat.Format = "yyyy-mm-dd hh:mm:ss";
                break;
            case bool flag:
                cell.Value = flag ? 1 : 0;
                break;
            case byte[] bytes:
                cell.Value = Convert.ToBase64String(bytes);
                break;
            default:
                cell.Value = value;
                break;
        }
    }
}
