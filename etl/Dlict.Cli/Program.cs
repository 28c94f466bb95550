using System.CommandLine;
using System.Globalization;
using System.Text;
using Dlict.Cli.Settings;
using Dlict.Cli.Verbs;

namespace Dlict.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Thai Windows defaults to the Buddhist calendar: the CLI parses and prints with InvariantCulture only.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args);
    }

    /// <summary>
    /// Parses and runs one command line. A usage error (an unknown option, a misspelt one, a path that does not exist)
    /// names what was wrong in Thai and English and exits 2 before anything runs (cli.md).
    /// </summary>
    public static int Run(string[] args)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count == 0 || args.Length == 0) return parse.Invoke();
        foreach (var error in parse.Errors)
            Console.Error.WriteLine($"คำสั่งไม่ถูกต้อง / usage error: {error.Message}");
        var verb = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
        Console.Error.WriteLine($"ดูวิธีใช้ / see the usage: dlict {verb}--help");
        return ExitCodes.Usage;
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            """
            dlict — คลังข้อมูลสารสนเทศเพื่อการบริหาร สพป. / the information-for-management warehouse of a Thai primary ESA office.

            วางไฟล์ในโฟลเดอร์ dlict-data/inbox/ แล้วรัน `dlict ingest`; ดูความครบถ้วนของการส่งข้อมูลด้วย `dlict check --cycle 2568/1`;
            ทำรายงานผู้บริหารด้วย `dlict report`. ลองทั้งหมดกับข้อมูลจำลองด้วย `dlict demo`.
            Drop files into dlict-data/inbox/ and run `dlict ingest`; `dlict report` makes the director's workbook; `dlict demo` tries it all on a synthetic district.
            """);
        root.Options.Add(GlobalOptions.DataDir);
        root.Options.Add(GlobalOptions.Provider);
        root.Options.Add(GlobalOptions.Connection);
        foreach (var verb in Verbs()) root.Subcommands.Add(verb);
        return root;
    }

    private static IEnumerable<Command> Verbs() =>
    [
        MigrateVerb.Build(), IngestVerb.Build(), CheckVerb.Build(), ReportVerb.Build(), SqlVerb.Build(), StatusVerb.Build(), ServeVerb.Build(), DemoVerb.Build(),
        CopyToVerb.Build(), PortalVerb.Build(), PullVerb.Build(),
    ];
}
