using System.CommandLine;
using Dlict.Cli.Settings;
using Dlict.Portal.Links;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict portal links [--base-url URL] [--out FILE] [--school CODE...] [--reissue]` and `dlict portal revoke CODE` (portal.md).</summary>
public static class PortalVerb
{
    private static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "ที่อยู่เว็บที่โรงเรียนเปิดได้ (ค่าเริ่มต้น: ที่อยู่แรกของ serve) / the address schools open (default: the first serving URL)",
        HelpName = "https://dlict.example.go.th",
    };
    private static readonly Option<string?> Out = new("--out") { Description = "ไฟล์ CSV / the CSV file (default out/school-links-<date>.csv)" };
    private static readonly Option<string[]> School = new("--school")
    {
        Description = "เฉพาะโรงเรียนนี้ (ใส่ได้หลายรหัส) / only these schools",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "CODE",
    };
    private static readonly Option<bool> Reissue = new("--reissue") { Description = "ออกลิงก์ใหม่แทนลิงก์เดิม (ลิงก์เดิมใช้ไม่ได้อีก) / replace existing links (the old ones stop working)" };
    private static readonly Argument<string> Code = new("CODE") { Description = "รหัสโรงเรียน / the school code" };

    public static Command Build()
    {
        var links = new Command("links",
            """
            ออกลิงก์ลับหนึ่งลิงก์ต่อโรงเรียนที่เปิดอยู่และยังไม่มีลิงก์ แล้วเขียนเป็น CSV (รหัส, ชื่อ, อำเภอ, url) เพื่อส่งให้โรงเรียน
            Issues one secret link per open school that has none and writes school_code,school_name,district,url as a CSV to send out.
            ลิงก์แสดงได้ครั้งเดียว (เก็บเพียงค่าแฮช) ลิงก์หายให้ออกใหม่ด้วย --reissue / a link is shown once (only its hash is kept): reissue a lost one.

            ตัวอย่าง / examples:
              dlict portal links --base-url https://dlict.example.go.th
              dlict portal links --school 1041190001 --reissue
            """);
        foreach (var option in new Option[] { BaseUrl, Out, School, Reissue }) links.Options.Add(option);
        VerbAction.Set(links, (parse, settings) => Links(settings, new LinksRequest(parse.GetValue(BaseUrl), parse.GetValue(Out),
            parse.GetValue(School) ?? [], parse.GetValue(Reissue)), SystemClock.Instance, Console.Out));

        var revoke = new Command("revoke", "ยกเลิกลิงก์ของโรงเรียน (เปิดแล้วได้ 404) / disables a school's link (it answers 404)\n\nตัวอย่าง / example:\n  dlict portal revoke 1041190001");
        revoke.Arguments.Add(Code);
        VerbAction.Set(revoke, (parse, settings) => Revoke(settings, parse.GetValue(Code)!, SystemClock.Instance, Console.Out));

        var command = new Command("portal", "ลิงก์ของโรงเรียนสำหรับหน้าเว็บ / school links for the web front (docs/web.md)");
        command.Subcommands.Add(links);
        command.Subcommands.Add(revoke);
        return command;
    }

    public sealed record LinksRequest(string? BaseUrl, string? OutPath, IReadOnlyList<string> Schools, bool Reissue);

    public static int Links(DlictSettings settings, LinksRequest request, IClock clock, TextWriter output)
    {
        var baseUrl = request.BaseUrl ?? WebSettings.Urls(null, settings)[0];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new UsageException($"--base-url '{baseUrl}' ไม่ใช่ที่อยู่เว็บ เช่น https://dlict.example.go.th / is not a web address, e.g. https://dlict.example.go.th");
        var warehouse = Migrated(settings);
        var now = BangkokTime.Now(clock);
        IReadOnlyList<SchoolLink> links;
        try
        {
            links = new LinkIssuer(warehouse).Issue(baseUrl, request.Schools.Distinct().ToList(), request.Reissue, now);
        }
        catch (UnknownSchoolException e)
        {
            throw new UsageException(e.Message);
        }
        var path = Path.GetFullPath(request.OutPath ?? Path.Combine(settings.DataDir.Out, $"school-links-{now:yyyy-MM-dd}.csv"));
        LinkCsv.Write(path, links);
        output.WriteLine($"ออกลิงก์ {links.Count} โรงเรียน / issued {links.Count} link(s): {path}");
        if (links.Count == 0 && !request.Reissue)
            output.WriteLine("ทุกโรงเรียนมีลิงก์แล้ว ใช้ --reissue เพื่อออกใหม่ / every school already has a link: --reissue replaces them");
        return ExitCodes.Ok;
    }

    public static int Revoke(DlictSettings settings, string code, IClock clock, TextWriter output)
    {
        var revoked = new LinkIssuer(Migrated(settings)).Revoke(code.Trim(), BangkokTime.Now(clock));
        output.WriteLine(revoked
            ? $"ยกเลิกลิงก์ของโรงเรียน {code} แล้ว / revoked the link of {code}"
            : $"โรงเรียน {code} ไม่มีลิงก์ที่ใช้งานอยู่ / {code} has no live link");
        return revoked ? ExitCodes.Ok : ExitCodes.Usage;
    }

    private static IWarehouse Migrated(DlictSettings settings)
    {
        var warehouse = WarehouseFactory.Create(settings);
        settings.DataDir.Create();
        var migrated = warehouse.Migrate(dryRun: false);
        return migrated.Successful ? warehouse : throw new WarehouseUnavailableException($"migration failed: {migrated.Error}");
    }
}
