namespace Dlict.Cli.Output;

public static class Indent
{
    public static string Lines(string text, string prefix) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(l => prefix + l.TrimEnd('\r')));
}
