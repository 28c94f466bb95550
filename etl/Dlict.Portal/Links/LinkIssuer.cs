using Dlict.Portal.Queries;
using Dlict.Warehouse;

namespace Dlict.Portal.Links;

/// <summary>
/// Issues school links (portal.md "School links"): one new token per open school without a live link, or per named
/// school; <c>reissue</c> replaces live links. The token leaves only in the returned URLs; the warehouse keeps its hash.
/// </summary>
public sealed class LinkIssuer(IWarehouse warehouse)
{
    /// <param name="schools">Codes to issue for (empty: every open school).</param>
    /// <exception cref="UnknownSchoolException">A named code is not an open school of the registry.</exception>
    public IReadOnlyList<SchoolLink> Issue(string baseUrl, IReadOnlyCollection<string> schools, bool reissue, DateTime at)
    {
        using var connection = warehouse.Open();
        using var tx = connection.BeginTransaction();
        var open = SchoolDirectory.Open(connection, tx);
        var unknown = schools.Where(code => open.All(s => s.school_code != code)).ToList();
        if (unknown.Count > 0) throw new UnknownSchoolException(unknown);
        var linked = LinkStore.Linked(connection, tx);
        var chosen = open.Where(s => schools.Count == 0 || schools.Contains(s.school_code))
            .Where(s => reissue || !linked.Contains(s.school_code)).ToList();
        var root = baseUrl.TrimEnd('/');
        var links = new List<SchoolLink>(chosen.Count);
        foreach (var school in chosen)
        {
            var token = LinkToken.New();
            LinkStore.Replace(connection, tx, school.school_code, LinkToken.Hash(token), at);
            links.Add(new SchoolLink(school.school_code, school.school_name, school.district, $"{root}/s/{token}"));
        }
        tx.Commit();
        return links;
    }

    /// <summary>Disables a school's link; false when it had no live link.</summary>
    public bool Revoke(string schoolCode, DateTime at)
    {
        using var connection = warehouse.Open();
        using var tx = connection.BeginTransaction();
        var revoked = LinkStore.Revoke(connection, tx, schoolCode, at);
        tx.Commit();
        return revoked > 0;
    }
}

/// <summary>Codes given to <c>portal links --school</c> that are not open schools of the registry.</summary>
public sealed class UnknownSchoolException(IReadOnlyList<string> codes)
    : Exception($"ไม่พบโรงเรียนที่เปิดอยู่รหัส {string.Join(", ", codes)} ในทะเบียน / no open school {string.Join(", ", codes)} in the registry")
{
    public IReadOnlyList<string> Codes { get; } = codes;
}
