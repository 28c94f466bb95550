using DbUp.Engine;

namespace Dlict.Warehouse;

/// <summary>Runs a configured DbUp engine, or on a dry run lists what it would run.</summary>
public static class MigrationRunner
{
    public static MigrationResult Run(UpgradeEngine engine, bool dryRun)
    {
        if (dryRun)
            return MigrationResult.Ok(engine.GetScriptsToExecute().Select(s => s.Name).ToList());
        var result = engine.PerformUpgrade();
        var scripts = result.Scripts.Select(s => s.Name).ToList();
        return result.Successful
            ? MigrationResult.Ok(scripts)
            : new MigrationResult(false, scripts, $"{result.ErrorScript?.Name}: {result.Error?.Message}");
    }
}
