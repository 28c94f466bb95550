using System.Diagnostics;

namespace Dlict.Tests.Proof;

/// <summary>
/// A data folder with the warehouse migrated and the registry loaded by the real CLI, copied per trial
/// (cheaper than migrating again), and the big enrolment file to drop into each copy's inbox.
/// </summary>
public sealed class ProofData : IDisposable
{
    private readonly TempDir _dir = new();

    public ProofData(int rows)
    {
        Template = Path.Combine(_dir.Path, "template");
        Directory.CreateDirectory(Path.Combine(Template, "inbox"));
        EnrolmentFiles.WriteRegistry(Path.Combine(Template, "inbox", "registry.csv"), EnrolmentFiles.Schools(rows));
        var (exit, output, error) = DlictProcess.Run(Template, "ingest");
        if (exit != 0) throw new InvalidOperationException($"template ingest failed ({exit}): {output} {error}");
        Enrolment = Path.Combine(_dir.Path, "enrolment 2568-1.csv");
        EnrolmentFiles.WriteEnrolment(Enrolment, rows);
    }

    public string Template { get; }

    public string Enrolment { get; }

    /// <summary>A copy of the template with the enrolment file in its inbox.</summary>
    public string NewDataDir(string name, bool withEnrolment = true)
    {
        var root = Path.Combine(_dir.Path, name);
        foreach (var dir in Directory.EnumerateDirectories(Template, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(Template, root, StringComparison.Ordinal));
        Directory.CreateDirectory(root);
        foreach (var file in Directory.EnumerateFiles(Template, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(Template, root, StringComparison.Ordinal));
        if (withEnrolment)
        {
            var target = Path.Combine(root, "inbox", Path.GetFileName(Enrolment));
            File.Copy(Enrolment, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(Enrolment));
        }
        return root;
    }

    public static string Db(string dataDir) => Path.Combine(dataDir, "warehouse.db");

    public static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    public void Dispose() => _dir.Dispose();
}
