using NUnit.Framework.Internal;

namespace Dlict.Tests;

public class ExternalTests
{
    [Test]
    public void A_missing_tool_fails_under_DLICT_REQUIRE_EXTERNAL_and_skips_otherwise()
    {
        Assert.That(Outcome("1"), Is.EqualTo("failed: DLICT_REQUIRE_EXTERNAL=1: needs python3"));
        Assert.That(Outcome(null), Is.EqualTo("ignored: needs python3"));
        Assert.That(Outcome("0"), Is.EqualTo("ignored: needs python3"));
    }

    private static string Outcome(string? requireExternal)
    {
        using (new TestExecutionContext.IsolatedContext())
        {
            try
            {
                External.Missing("needs python3", requireExternal);
                return "passed";
            }
            catch (AssertionException e)
            {
                return "failed: " + e.Message.Trim();
            }
            catch (IgnoreException e)
            {
                return "ignored: " + e.Message.Trim();
            }
        }
    }
}
