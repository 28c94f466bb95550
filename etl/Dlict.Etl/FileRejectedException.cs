namespace Dlict.Etl;

/// <summary>A whole file cannot be loaded: it goes to rejected/ with this message (Thai, then English) beside it.</summary>
public sealed class FileRejectedException(string thai, string english, Exception? inner = null)
    : Exception(english, inner)
{
    public string Thai { get; } = thai;

    public string English { get; } = english;

    public string Bilingual => $"{Thai}\n{English}";
}
