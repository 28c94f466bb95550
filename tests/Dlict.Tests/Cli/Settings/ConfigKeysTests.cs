using Dlict.Cli;
using Dlict.Cli.Settings;

namespace Dlict.Tests.Cli.Settings;

/// <summary>Unknown keys in dlict.json are errors naming them (exit 2); every key of the spec and of the other settings passes.</summary>
public class ConfigKeysTests
{
    [Test]
    public void A_misspelt_recipients_key_is_named_and_every_verb_exits_2()
    {
        using var w = new TestWarehouse();
        File.WriteAllText(w.DataDir.ConfigFile, """{ "recipents": { "director": ["director@example.org"] } }""");

        var run = CliRun.Invoke("status", "--data-dir", w.DataDir.Root);

        Assert.That(run.Exit, Is.EqualTo(2), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain("unknown key 'recipents'").And.Contain("ไม่รู้จักคีย์ 'recipents'"));
        Assert.That(run.Error, Does.Contain("recipients"), "the known names at that level");
    }

    [Test]
    public void Nested_and_array_keys_are_named_with_their_path()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"),
            """{ "smtp": { "hots": "x", "host": "y" }, "sources": [ { "name": "a", "urll": "https://x" } ], "deadlines": { "2568/1": "2025-06-12" } }""");

        var e = Assert.Throws<UsageException>(() => DlictConfig.Load(dir.File("dlict.json")));

        Assert.That(e!.Message, Does.Contain("'smtp.hots', 'sources[].urll'"));
        Assert.That(e.Message, Does.Contain("known at this level: host, port, security, user, from, allowPlainText"));
    }

    [Test]
    public void Every_documented_key_and_the_keys_other_settings_add_are_accepted()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """
            {
              "office": { "name": "สพป.ทดสอบ" },
              "warehouse": { "provider": "sqlite", "connection": "Data Source=x.db", "readerConnection": "Data Source=x.db" },
              "deadlines": { "2568/1": "2025-06-12" },
              "smtp": { "host": "127.0.0.1", "port": 25, "security": "none", "user": "u", "from": "a@b", "allowPlainText": true },
              "Recipients": { "dataOfficers": ["d@b"], "director": ["e@b"] },
              "delivery": { "folder": "/tmp" },
              "schedules": { "ingest": "*/5 * * * *" },
              "reminderDaysBefore": [7, 1],
              "archive": { "keepDays": 400 },
              "web": { "urls": "http://127.0.0.1:5080", "certificate": "c.pfx", "maxUploadMb": 20 },
              "portal": { "anything": { "nested": 1 } },
              "sources": [ { "name": "s", "url": "https://x", "kind": "training", "schedule": "0 * * * *",
                             "imap": { "host": "h", "port": 993, "security": "ssl", "user": "u", "folder": "INBOX", "doneFolder": "d" } } ]
            }
            """);

        var config = DlictConfig.Load(dir.File("dlict.json"));

        Assert.That(config.Recipients.Director, Is.EqualTo(new[] { "e@b" }));
        Assert.That(config.Deadlines["2568/1"], Is.EqualTo(new DateOnly(2025, 6, 12)));
    }
}
