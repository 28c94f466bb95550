using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Portal.Links;
using Dlict.Portal.Pages;
using Dlict.Portal.Queries;
using Dlict.Portal.Security;
using Dlict.Portal.Uploads;
using Dlict.Warehouse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dlict.Portal.Schools;

/// <summary>GET /s/&lt;token&gt;, POST /s/&lt;token&gt;/upload and /check (portal.md). The token is the authority; it is never logged.</summary>
public sealed class SchoolEndpoints(PortalOptions options, IUploadPipeline pipeline, IngestTurn turn, ILogger logger)
{
    public void Map(WebApplication app)
    {
        app.MapGet("/s/{token}", Page);
        app.MapPost("/s/{token}/upload", (HttpContext c, string token) => Receive(c, token, check: false));
        app.MapPost("/s/{token}/check", (HttpContext c, string token) => Receive(c, token, check: true));
    }

    public static IResult NotFound() => Results.Content(Html.Page("ไม่พบหน้านี้ / not found", Html.NotFoundBody), "text/html; charset=utf-8", null, 404);

    private SchoolDirectory.School? SchoolOf(string token)
    {
        if (!LinkToken.LooksValid(token)) return null;
        using var connection = options.Warehouse.OpenReadOnly();
        return LinkStore.SchoolOf(connection, LinkToken.Hash(token)) is { } code ? SchoolDirectory.Find(connection, code) : null;
    }

    private IResult Page(string token)
    {
        if (SchoolOf(token) is not { } school) return NotFound();
        var today = BangkokTime.Today(options.Clock);
        var view = SchoolView.Read(options.Warehouse, school, options.Calendar, today);
        var choices = PortalCycles.Choices(options.Calendar, today).Select(c => c.ToString()).ToList();
        return Results.Content(SchoolPage.Render(view, $"/s/{token}", choices), "text/html; charset=utf-8");
    }

    private async Task<IResult> Receive(HttpContext context, string token, bool check)
    {
        if (SchoolOf(token) is not { } school) return NotFound();
        var address = ClientAddress.Of(context);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var json = context.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        var received = await UploadForm.Read(context, options.MaxUploadBytes);
        var arrivedAt = BangkokTime.Now(options.Clock);
        if (received.Problem is { } problem)
        {
            await Record(new UploadLog.Entry(arrivedAt, school.school_code, address, Mode(check), null, null, problem.Outcome, 0, 0, received.Size,
                received.DisplayName, null, watch.ElapsedMilliseconds, problem.Message), context.RequestAborted);
            return Answer(json, problem.Status, UploadJson.Error(problem.Message), problem.Message);
        }
        var upload = new Upload(received.Bytes!, received.DisplayName!, arrivedAt, school.school_code, received.Cycle, check);
        UploadResult result;
        try
        {
            // The upload and its record in one turn: a record queued behind every other upload would hold each answer to the end.
            result = await turn.Run(() =>
            {
                var answer = pipeline.Run(upload, context.RequestAborted);
                Write(new UploadLog.Entry(arrivedAt, school.school_code, address, Mode(check), answer.Kind, answer.Cycle, answer.Status,
                    answer.RowsLoaded, answer.RowsRejected, received.Size, received.DisplayName, answer.StoredAs, watch.ElapsedMilliseconds, answer.Message));
                return answer;
            }, context.RequestAborted);
        }
        catch (IngestBusyException e)
        {
            return Answer(json, 503, UploadJson.Error(e.Message), e.Message);
        }
        logger.LogInformation("{Mode} school {School} from {Address}: {Status} kind={Kind} rows={Rows} rejected={Rejected} in {Ms} ms",
            Mode(check), school.school_code, address, result.Status, result.Kind ?? "-", result.RowsLoaded, result.RowsRejected, watch.ElapsedMilliseconds);
        if (json) return Results.Json(UploadJson.Body(result, check), UploadJson.Options);
        return Results.Content(ResultPage.Render(result, school.school_name, $"/s/{token}", check, StatusLine(school, result)), "text/html; charset=utf-8");
    }

    private static string Mode(bool check) => check ? "check" : "upload";

    private Task Record(UploadLog.Entry entry, CancellationToken cancellationToken) => turn.Run(() => Write(entry), cancellationToken);

    private bool Write(UploadLog.Entry entry)
    {
        using var connection = options.Warehouse.Open();
        UploadLog.Record(connection, entry);
        return true;
    }

    /// <summary>The school's status in the cycle the file was for, after the upload (the result page says "ส่งแล้ว ตรงเวลา").</summary>
    private string? StatusLine(SchoolDirectory.School school, UploadResult result)
    {
        if (!Cycle.TryParse(result.Cycle, out var cycle)) return null;
        var today = BangkokTime.Today(options.Clock);
        using var connection = options.Warehouse.OpenReadOnly();
        var data = Reports.Completeness.CompletenessQuery.Load(connection, cycle.ToString(), null).ForSchool(school.school_code);
        var status = CycleStatus.Of(data, cycle, options.Calendar.Deadline(cycle), today);
        return $"{Html.Both($"สถานะรอบ {cycle}:", $"status of {cycle}:")} <span class=\"status {Html.E(status.Status)}\">{Html.E(status.StatusThai)}</span> " +
               $"<span class=\"en\">{Html.E(status.StatusEnglish)}</span>";
    }

    private static IResult Answer(bool json, int status, object body, string message) => json
        ? Results.Json(body, UploadJson.Options, statusCode: status)
        : Results.Content(Html.Page("ส่งไม่สำเร็จ / not sent", $"<section class=\"card\"><p class=\"msg\">{Html.E(message)}</p></section>"), "text/html; charset=utf-8", null, status);
}
