using System.Globalization;

namespace Dlict.Tests;

[SetUpFixture]
public class AssemblySetup
{
    [OneTimeSetUp]
    public void UseInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }
}
