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
        return BuildRoot().Parse(args).Invoke();
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
        CopyToVerb.Build(),
    ];
}
