using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dlict.Portal.Uploads;

/// <summary>The JSON body of portal.md: snake_case names, Thai left readable.</summary>
public static class UploadJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static object Body(UploadResult r, bool check) => new Dictionary<string, object?>
    {
        ["status"] = r.Status,
        ["kind"] = r.Kind,
        ["cycle"] = r.Cycle,
        ["school_code"] = r.SchoolCode,
        ["rows_loaded"] = r.RowsLoaded,
        ["rows_rejected"] = r.RowsRejected,
        ["rejects"] = r.Rejects.Select(x => new Dictionary<string, object?>
        {
            ["row"] = x.Row,
            ["column"] = x.Column,
            ["value"] = x.Value,
            ["rule"] = x.Rule,
            ["message"] = x.Message,
            ["message_en"] = x.MessageEn,
        }).ToList(),
        ["message"] = r.Message,
        ["check"] = check,
    };

    /// <summary>An error answer (400, 404, 413, 503): the same shape's <c>message</c> in Thai and English.</summary>
    public static object Error(string message) => new Dictionary<string, object?> { ["status"] = "error", ["message"] = message };
}
