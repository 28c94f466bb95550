using Dlict.Etl.Cycles;
using Dlict.Portal.Links;
using Dlict.Portal.Pages;
using Dlict.Portal.Queries;
using Dlict.Portal.Schools;
using Dlict.Reports.Completeness;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dlict.Portal.Admin;

/// <summary>
/// /admin (portal.md "Officer dashboard"): off (404) without <c>DLICT_ADMIN_PASSWORD</c>; without a session every
/// page redirects to the login form; every form posts an anti-forgery token, checked before anything is done.
/// </summary>
public sealed class AdminEndpoints(PortalOptions options, AdminSessions sessions, IAntiforgery antiforgery, ILogger logger)
{
    public void Map(WebApplication app)
    {
        app.MapGet("/admin/login", Handler(c => Task.FromResult(Html(AdminPage.Login(Token(c), null)))));
        app.MapPost("/admin/login", Handler(Login));
        app.MapPost("/admin/logout", Handler(c => Guarded(c, () =>
        {
            sessions.End(c);
            return Task.FromResult(Results.Redirect("/admin/login"));
        })));
        app.MapGet("/admin", Handler(c => SignedIn(c, () => Task.FromResult(Dashboard(c, c.Request.Query["cycle"], null)))));
        app.MapGet("/admin/school/{code}", (HttpContext c, string code) => SignedIn(c, () => Task.FromResult(School(code, c.Request.Query["cycle"]))));
        app.MapGet("/admin/completeness.xlsx", Handler(c => SignedIn(c, () => Task.FromResult(Workbooks.Completeness(options, Chosen(c.Request.Query["cycle"]))))));
        app.MapGet("/admin/management.xlsx", Handler(c => SignedIn(c, () => Task.FromResult(Workbooks.Management(options, Chosen(c.Request.Query["cycle"]))))));
        app.MapGet(HeadlineCharts.StudentsPath, Handler(c => SignedIn(c, () => Task.FromResult(HeadlineCharts.Students(options.Warehouse, Cycle.Parse(Chosen(c.Request.Query["cycle"])))))));
        app.MapGet(HeadlineCharts.ReportingRatePath, Handler(c => SignedIn(c, () => Task.FromResult(HeadlineCharts.ReportingRate(options.Warehouse, Cycle.Parse(Chosen(c.Request.Query["cycle"])))))));
        app.MapPost("/admin/links", Handler(c => Guarded(c, () => Links(c))));
        app.MapPost("/admin/reminders", Handler(c => Guarded(c, () => Reminders(c))));
    }

    /// <summary>A handler of the context alone whose IResult is written (not taken for a RequestDelegate).</summary>
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    private static IResult Html(string page, int status = 200) => Results.Content(page, "text/html; charset=utf-8", null, status);

    private string Token(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Pages.Html.E(tokens.FormFieldName)}\" value=\"{Pages.Html.E(tokens.RequestToken)}\">";
    }

    private async Task<IResult> Login(HttpContext context)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Html(AdminPage.Login(Token(context), "แบบฟอร์มหมดอายุ ลองอีกครั้ง / the form expired: try again"), 400);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!sessions.Matches(form["password"]))
        {
            logger.LogWarning("admin login refused from {Address}", Security.ClientAddress.Of(context));
            await Task.Delay(options.WrongPasswordDelay, context.RequestAborted);
            return Html(AdminPage.Login(Token(context), "รหัสผ่านไม่ถูกต้อง / wrong password"), 401);
        }
        sessions.Start(context);
        logger.LogInformation("admin login from {Address}", Security.ClientAddress.Of(context));
        return Results.Redirect("/admin");
    }

    private async Task<IResult> SignedIn(HttpContext context, Func<Task<IResult>> page) =>
        sessions.IsSignedIn(context) ? await page() : Results.Redirect("/admin/login");

    /// <summary>A dashboard form: the session and its anti-forgery token, or nothing is done (400).</summary>
    private async Task<IResult> Guarded(HttpContext context, Func<Task<IResult>> action)
    {
        if (!sessions.IsSignedIn(context)) return Results.Redirect("/admin/login");
        if (!await antiforgery.IsRequestValidAsync(context))
            return Html(Pages.Html.Page("400", "<p class=\"msg\">แบบฟอร์มไม่มีรหัสป้องกันที่ถูกต้อง ไม่ได้ทำอะไร / the form's anti-forgery token is missing or wrong: nothing was done</p>"), 400);
        return await action();
    }

    private string Chosen(string? cycle) =>
        Cycle.TryParse(cycle, out var c) ? c.ToString() : PortalCycles.Current(options.Calendar, BangkokTime.Today(options.Clock)).ToString();

    private IResult Dashboard(HttpContext context, string? cycle, string? notice)
    {
        var chosen = Chosen(cycle);
        EnsureCycle(chosen);
        using var connection = options.Warehouse.OpenReadOnly();
        var data = CompletenessQuery.Load(connection, chosen, null);
        var cycles = PortalCycles.Choices(options.Calendar, BangkokTime.Today(options.Clock)).Select(c => c.ToString()).Append(chosen).Distinct().ToList();
        return Html(AdminPage.Render(data, cycles, UploadLog.Recent(connection, 30), LinkStore.History(connection, 50), Token(context), notice,
            SourceFetchQuery.Latest(connection), ExecutiveSummary.Read(connection, Cycle.Parse(chosen))));
    }

    /// <summary>A cycle nobody has sent anything for has no dim_cycle row, so every school would look "not expected" (as `dlict check` does it).</summary>
    private void EnsureCycle(string cycle)
    {
        if (!Cycle.TryParse(cycle, out var c)) return;
        using var connection = options.Warehouse.Open();
        using var tx = connection.BeginTransaction();
        Etl.Loading.CycleTable.Ensure(connection, tx, c, options.Calendar);
        tx.Commit();
    }

    private IResult School(string code, string? cycle)
    {
        using var connection = options.Warehouse.OpenReadOnly();
        if (SchoolDirectory.Find(connection, code) is not { } school) return SchoolEndpoints.NotFound();
        var chosen = Cycle.TryParse(Chosen(cycle), out var c) ? c : default;
        var today = BangkokTime.Today(options.Clock);
        var status = CycleStatus.Of(CompletenessQuery.Load(connection, chosen.ToString(), null).ForSchool(code), chosen, options.Calendar.Deadline(chosen), today);
        var body = new System.Text.StringBuilder("<nav><a href=\"/admin?cycle=").Append(Uri.EscapeDataString(chosen.ToString())).Append("\">← แดชบอร์ด / dashboard</a></nav>")
            .Append("<h1>").Append(Pages.Html.E(school.school_name)).Append("</h1><p>").Append(Pages.Html.E(school.school_code)).Append(" · ").Append(Pages.Html.E(school.district)).Append("</p>");
        SchoolPage.AppendCycle(body, status);
        SchoolPage.AppendUploads(body, UploadLog.Recent(connection, 30, code));
        return Html(Pages.Html.Page(school.school_name, body.ToString()));
    }

    private async Task<IResult> Links(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var code = form["school"].ToString().Trim();
        var issuer = new LinkIssuer(options.Warehouse);
        var now = BangkokTime.Now(options.Clock);
        string notice;
        if (form["action"] == "revoke")
            notice = issuer.Revoke(code, now) ? $"ยกเลิกลิงก์ของ {Pages.Html.E(code)} แล้ว / revoked" : $"{Pages.Html.E(code)} ไม่มีลิงก์ที่ใช้อยู่ / has no live link";
        else
        {
            try
            {
                var link = issuer.Issue(BaseUrl(context), [code], reissue: true, now).Single();
                notice = $"ลิงก์ใหม่ของ {Pages.Html.E(link.SchoolName)} (แสดงครั้งเดียว คัดลอกไปส่งให้โรงเรียน) / new link, shown once:<br><code id=\"link\">{Pages.Html.E(link.Url)}</code>";
            }
            catch (UnknownSchoolException e)
            {
                notice = Pages.Html.E(e.Message);
            }
        }
        logger.LogInformation("admin link {Action} for school {School}", form["action"].ToString(), code);
        return Dashboard(context, null, notice);
    }

    private async Task<IResult> Reminders(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var cycle = Chosen(form["cycle"]);
        var notice = options.SendReminders is { } send
            ? Pages.Html.E(send(new ReminderRequest(Cycle.TryParse(cycle, out var c) ? c : default, BaseUrl(context)), context.RequestAborted))
            : "ยังไม่ได้ตั้งค่าการส่งอีเมล (smtp ใน dlict.json) / e-mail is not configured (smtp in dlict.json)";
        return Dashboard(context, cycle, notice);
    }

    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}

/// <summary>"Send reminders now": the cycle, and the address schools open (links are reissued for the missing schools).</summary>
public sealed record ReminderRequest(Cycle Cycle, string BaseUrl);
