namespace Dlict.Tests;

/// <summary>
/// A test that needs an external tool or library skips without it, unless <c>DLICT_REQUIRE_EXTERNAL=1</c> (CI, where
/// the tools are installed): then a missing tool fails the test instead of hiding it.
/// </summary>
public static class External
{
    public static void Missing(string why) => Missing(why, Environment.GetEnvironmentVariable("DLICT_REQUIRE_EXTERNAL"));

    public static void Missing(string why, string? requireExternal)
    {
        if (requireExternal == "1") Assert.Fail($"DLICT_REQUIRE_EXTERNAL=1: {why}");
        Assert.Ignore(why);
    }
}
