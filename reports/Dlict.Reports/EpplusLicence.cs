using OfficeOpenXml;

namespace Dlict.Reports;

/// <summary>EPPlus 8 refuses to work until a licence is declared: non-commercial use by the office.</summary>
public static class EpplusLicence
{
    private static readonly Lock Gate = new();
    private static bool _done;

    public static void Ensure()
    {
        lock (Gate)
        {
            if (_done) return;
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("EPPlusLicense")))
                ExcelPackage.License.SetNonCommercialOrganization("สพป. DLICT Analytics");
            _done = true;
        }
    }
}
