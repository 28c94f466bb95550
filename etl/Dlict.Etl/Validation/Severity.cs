namespace Dlict.Etl.Validation;

/// <summary>An error rejects the row; a warning keeps it and reports it.</summary>
public enum Severity
{
    Error,
    Warning,
}
