namespace Dlict.Portal.Links;

/// <summary>One line of the links CSV: the school and the URL to send it (holding the token, shown this once).</summary>
public sealed record SchoolLink(string SchoolCode, string SchoolName, string? District, string Url);
