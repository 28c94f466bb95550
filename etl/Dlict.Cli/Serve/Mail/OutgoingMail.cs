namespace Dlict.Cli.Serve.Mail;

/// <summary>One e-mail: plain-text Thai body, optional attachments (full paths).</summary>
public sealed record OutgoingMail(IReadOnlyList<string> To, string Subject, string Body, IReadOnlyList<string> Attachments)
{
    public string Recipients => string.Join("; ", To);
}

/// <summary>Sends an e-mail or throws; retrying is the caller's business.</summary>
public interface IMailer
{
    void Send(OutgoingMail mail, CancellationToken cancellationToken);
}
