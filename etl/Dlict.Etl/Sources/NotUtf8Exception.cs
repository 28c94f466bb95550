namespace Dlict.Etl.Sources;

/// <summary>A file read as UTF-8 on the strength of its first block turned out not to be: read it again, checked first.</summary>
internal sealed class NotUtf8Exception(string name)
    : Exception($"{Path.GetFileName(name)} is not UTF-8 after its first block");
