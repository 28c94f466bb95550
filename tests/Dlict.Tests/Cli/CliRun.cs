namespace Dlict.Tests.Cli;

/// <summary>Runs the `dlict` command in-process as a user would, capturing its output and exit code.</summary>
public static class CliRun
{
    private static readonly Lock Console_ = new();

    public static (int Exit, string Out, string Error) Invoke(params string[] args)
    {
        lock (Console_)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            var (output, error) = (new StringWriter(), new StringWriter());
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exit = Dlict.Cli.Program.Run(args);
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
