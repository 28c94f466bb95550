using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dlict.Tests.Cli.Pull;

/// <summary>
/// Debian's dovecot-imapd on 127.0.0.1 (a free port), started in the foreground with a throwaway configuration and
/// one passwd-file user (<see cref="User"/> / <see cref="Password"/>) in a temp folder; stopped on dispose. Run as
/// root, the login and internal processes use the package's dovenull and dovecot users.
/// </summary>
public sealed class DovecotServer : IDisposable
{
    public const string Binary = "/usr/sbin/dovecot";
    public const string User = "data";
    public const string Password = "secret-imap-password";

    private readonly TempDir _dir = new();
    private readonly Process _process;

    public DovecotServer()
    {
        Port = FreePort();
        var root = Id("-u") == "0";
        var (mailUid, mailGid) = root ? (Id("-u", "dovecot"), Id("-g", "dovecot")) : (Id("-u"), Id("-g"));
        var (internalUser, loginUser) = root ? ("dovecot", "dovenull") : (Id("-un"), Id("-un"));
        var internalGroup = root ? "dovecot" : Id("-gn");
        foreach (var sub in new[] { "run", "state", "mail", "home" }) Directory.CreateDirectory(_dir.File(sub));
        if (root && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_dir.Path, (UnixFileMode)0b111_101_101);
            foreach (var sub in new[] { "mail", "home" }) File.SetUnixFileMode(_dir.File(sub), (UnixFileMode)0b111_111_111);
        }
        File.WriteAllText(_dir.File("passwd"), $"{User}:{{PLAIN}}{Password}:{mailUid}:{mailGid}::{_dir.File("home")}/{User}\n");
        File.WriteAllText(_dir.File("dovecot.conf"), $$"""
            base_dir = {{_dir.File("run")}}
            state_dir = {{_dir.File("state")}}
            log_path = {{_dir.File("dovecot.log")}}
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{_dir.File("mail")}}/%u
            default_internal_user = {{internalUser}}
            default_internal_group = {{internalGroup}}
            default_login_user = {{loginUser}}
            first_valid_uid = 1
            first_valid_gid = 1
            passdb {
              driver = passwd-file
              args = scheme=PLAIN {{_dir.File("passwd")}}
            }
            userdb {
              driver = static
              args = uid={{mailUid}} gid={{mailGid}} home={{_dir.File("home")}}/%u
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """);
        _process = Process.Start(new ProcessStartInfo(Binary, ["-F", "-c", _dir.File("dovecot.conf")]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!Accepts(Port))
        {
            if (_process.HasExited || DateTime.UtcNow > until)
                throw new InvalidOperationException("dovecot did not start: " + (File.Exists(_dir.File("dovecot.log")) ? File.ReadAllText(_dir.File("dovecot.log")) : _process.StandardError.ReadToEnd()));
            Thread.Sleep(100);
        }
    }

    public int Port { get; }

    public static bool Installed => File.Exists(Binary);

    public void Dispose()
    {
        try { if (!_process.HasExited) { _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); } } catch (InvalidOperationException) { }
        _process.Dispose();
        _dir.Dispose();
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static string Id(params string[] args)
    {
        using var id = Process.Start(new ProcessStartInfo("id", args) { RedirectStandardOutput = true })!;
        var text = id.StandardOutput.ReadToEnd().Trim();
        id.WaitForExit();
        return text;
    }
}
