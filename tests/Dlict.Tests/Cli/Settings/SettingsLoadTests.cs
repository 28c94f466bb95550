using Dlict.Cli;
using Dlict.Cli.Settings;

namespace Dlict.Tests.Cli.Settings;

/// <summary>
/// <see cref="DlictSettings.Load"/> resolves settings without a command line (a web host's way): overrides, then the
/// environment, then dlict.json, then the defaults, through Microsoft.Extensions.Configuration.
/// </summary>
public class SettingsLoadTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Test]
    public void Each_setting_comes_from_the_override_else_the_environment_else_dlict_json_else_the_default()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """
            { "warehouse": { "provider": "sqlserver", "connection": "Server=json", "readerConnection": "Server=json-reader" } }
            """);
        var onlyData = new Dictionary<string, string?> { ["dataDir"] = dir.Path };

        var fromJson = DlictSettings.Load(onlyData, Env());
        var fromEnv = DlictSettings.Load(onlyData, Env(("DLICT_CONNECTION", "Server=env"), ("DLICT_READER_CONNECTION", "Server=env-reader")));
        var fromOverride = DlictSettings.Load(
            new Dictionary<string, string?> { ["dataDir"] = dir.Path, ["warehouse:provider"] = "sqlite", ["warehouse:connection"] = "Data Source=x.db" },
            Env(("DLICT_CONNECTION", "Server=env"), ("DLICT_PROVIDER", "sqlserver")));

        Assert.That((fromJson.Provider, fromJson.Connection, fromJson.ReaderConnection), Is.EqualTo(("sqlserver", "Server=json", "Server=json-reader")));
        Assert.That((fromEnv.Provider, fromEnv.Connection, fromEnv.ReaderConnection), Is.EqualTo(("sqlserver", "Server=env", "Server=env-reader")));
        Assert.That((fromOverride.Provider, fromOverride.Connection), Is.EqualTo(("sqlite", "Data Source=x.db")));
        Assert.That(fromOverride.DataDir.Root, Is.EqualTo(Path.GetFullPath(dir.Path)));
    }

    [Test]
    public void The_data_folder_comes_from_the_environment_and_its_dlict_json_is_read()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """{ "office": { "name": "สพป.อุดรธานี เขต 1" }, "inbox": { "settleSeconds": 2.5 } }""");

        var settings = DlictSettings.Load(new Dictionary<string, string?>(), Env(("DLICT_DATA_DIR", dir.Path)));

        Assert.That(settings.DataDir.Root, Is.EqualTo(Path.GetFullPath(dir.Path)));
        Assert.That(settings.Config.Office.Name, Is.EqualTo("สพป.อุดรธานี เขต 1"));
        Assert.That(settings.Config.Inbox.SettleSeconds, Is.EqualTo(2.5));
        Assert.That((settings.Provider, settings.Connection), Is.EqualTo(("sqlite", (string?)null)));
    }

    [Test]
    public void Without_dlict_json_every_default_holds()
    {
        using var dir = new TempDir();

        var config = DlictSettings.Load(new Dictionary<string, string?> { ["dataDir"] = dir.Path }, Env()).Config;

        Assert.That(config.ReminderDaysBefore, Is.EqualTo(new[] { 14, 7, 3, 1 }));
        Assert.That(config.Archive.KeepDays, Is.EqualTo(90));
        Assert.That(config.Smtp, Is.Null);
        Assert.That(config.Deadlines, Is.Empty);
    }

    [Test]
    public void A_configured_list_replaces_the_default_list_and_null_keeps_files_forever()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """
            { "reminderDaysBefore": [7, 1], "archive": { "keepDays": null },
              "smtp": { "host": "mail.example.org", "port": "25" }, "deadlines": { "2568/1": "2025-06-12" } }
            """);

        var config = DlictConfig.Load(dir.File("dlict.json"));

        Assert.That(config.ReminderDaysBefore, Is.EqualTo(new[] { 7, 1 }));
        Assert.That(config.Archive.KeepDays, Is.Null);
        Assert.That(config.Smtp, Is.EqualTo(new SmtpConfig("mail.example.org", 25)));
        Assert.That(config.Deadlines["2568/1"], Is.EqualTo(new DateOnly(2025, 6, 12)));
    }

    [TestCase("""{ "smtp": { "host": "h", "port": "twenty-five" } }""", "twenty-five")]
    [TestCase("""{ "deadlines": { "2568/1": "12/6/2025" } }""", "yyyy-MM-dd")]
    [TestCase("""{ "office": """, "Cannot read")]
    public void A_value_that_cannot_be_read_is_a_usage_error_naming_the_file(string json, string expected)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), json);

        var e = Assert.Throws<UsageException>(() => DlictSettings.Load(new Dictionary<string, string?> { ["dataDir"] = dir.Path }, Env()));

        Assert.That(e!.Message, Does.Contain(expected).And.Contain(dir.File("dlict.json")).And.Contain("อ่านไฟล์ตั้งค่า"));
    }
}
