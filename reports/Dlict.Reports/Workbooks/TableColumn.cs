namespace Dlict.Reports.Workbooks;

/// <summary>One column of a sheet table: Thai header, how to read the value from a row, and its number format.</summary>
public sealed record TableColumn<T>(string Header, Func<T, object?> Value, string? Format = null)
{
    public const string CountFormat = "#,##0";
    public const string RateFormat = "0.0";

    public bool IsNumeric => Format is not null;
}

/// <summary>Short constructors so a sheet reads as a list of columns.</summary>
public static class Col
{
    public static TableColumn<T> Text<T>(string header, Func<T, object?> value) => new(header, value);

    public static TableColumn<T> Count<T>(string header, Func<T, object?> value) => new(header, value, TableColumn<T>.CountFormat);

    public static TableColumn<T> Rate<T>(string header, Func<T, object?> value) => new(header, value, TableColumn<T>.RateFormat);
}
