using System.Text;

namespace Dlict.Etl.Sources;

/// <summary>Windows code pages (874 = Thai Windows / TIS-620) are not in .NET by default.</summary>
internal static class CodePages
{
    private static readonly Lazy<Encoding> ThaiLazy = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874);
    });

    /// <summary>Windows-874, registering the code-pages provider on first use.</summary>
    public static Encoding Thai => ThaiLazy.Value;

    /// <summary>Makes sure the provider is registered (ExcelDataReader needs it too).</summary>
    public static void EnsureRegistered() => _ = ThaiLazy.Value;
}
