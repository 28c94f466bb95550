using System.CommandLine;
using System.Data.Common;
using Dlict.Cli.Settings;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Cli.Verbs;

/// <summary>Runs a verb with its settings resolved, turning known failures into a bilingual message and the cli.md exit code.</summary>
public static class VerbAction
{
    public static void Set(Command command, Func<ParseResult, DlictSettings, int> action) =>
        command.SetAction(parse => Run(parse, action));

    public static int Run(ParseResult parse, Func<ParseResult, DlictSettings, int> action)
    {
        try
        {
            return action(parse, DlictSettings.Resolve(parse));
        }
        catch (UsageException e)
        {
            return Fail(e.Message, ExitCodes.Usage);
        }
        catch (Etl.Privacy.HashKeyRefusedException e)
        {
            return Fail(e.Message, ExitCodes.Usage);
        }
        catch (WarehouseUnavailableException e)
        {
            return Fail(e.Message, ExitCodes.Unreachable);
        }
        catch (IngestBusyException e)
        {
            return Fail(e.Message, ExitCodes.Rejected);
        }
        catch (DbException e)
        {
            return Fail($"คลังข้อมูลตอบกลับด้วยข้อผิดพลาด / the warehouse reported an error: {e.Message}", ExitCodes.Unreachable);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail($"ไม่มีสิทธิ์เขียนไฟล์หรือโฟลเดอร์ / no permission: {e.Message}", ExitCodes.Rejected);
        }
        catch (IOException e)
        {
            // A data folder that cannot be created or written (read-only mount, disk full, a path under /proc): a message, not a stack trace.
            return Fail($"อ่านหรือเขียนโฟลเดอร์ข้อมูลไม่ได้ / cannot read or write the data folder: {e.Message}", ExitCodes.Unreachable);
        }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
