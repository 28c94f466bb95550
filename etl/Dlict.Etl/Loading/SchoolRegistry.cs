using System.Data.Common;
using Dapper;
using Dlict.Etl.Values;

namespace Dlict.Etl.Loading;

/// <summary>
/// Which schools the warehouse knows, for conforming input rows: by 10-digit code, by 8-digit SMIS code,
/// or by name (within the district when a name is shared).
/// </summary>
public sealed class SchoolRegistry
{
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bySmis = new(StringComparer.Ordinal);
    private readonly List<(string Code, string Name, string? District)> _named = [];
    private Dictionary<string, List<(string Code, string? District)>>? _byName; // made at the first name asked (most files give codes)

    public static SchoolRegistry Load(DbConnection connection, DbTransaction? transaction = null)
    {
        var registry = new SchoolRegistry();
        foreach (var s in connection.Query<(string Code, string? Smis, string Name, string? District)>(
                     "SELECT school_code, smis_code, school_name, district FROM dim_school ORDER BY is_current, valid_from", transaction: transaction))
            registry.Add(s.Code, s.Smis, s.Name, s.District);
        return registry;
    }

    public int Count => _codes.Count;

    public void Add(string code, string? smis, string name, string? district)
    {
        _codes.Add(code);
        if (smis is not null) _bySmis[smis] = code;
        _named.Add((code, name, district));
        if (_byName is not null) Index(_byName, code, name, district);
    }

    private static void Index(Dictionary<string, List<(string Code, string? District)>> byName, string code, string name, string? district)
    {
        var key = NameKey(name);
        var list = byName.TryGetValue(key, out var l) ? l : byName[key] = [];
        list.RemoveAll(x => x.Code == code);
        list.Add((code, district));
    }

    /// <summary>The registry's code for a 10- or 8-digit code, or null when the school is unknown.</summary>
    public string? Resolve(string code)
    {
        if (_codes.Contains(code)) return code;
        return _bySmis.GetValueOrDefault(code);
    }

    /// <summary>
    /// Each code's place among the registry's codes in ordinal order, the order of the warehouse's school indexes:
    /// loaders that sort rows by school compare these numbers instead of the codes.
    /// </summary>
    public Dictionary<string, int> CodeOrder()
    {
        var codes = _codes.ToArray();
        Array.Sort(codes, StringComparer.Ordinal);
        var order = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++) order[codes[i]] = i;
        return order;
    }

    /// <summary>Finds a school by name; <paramref name="ambiguous"/> when several share it (even within the district).</summary>
    public string? ResolveByName(string name, string? district, out bool ambiguous)
    {
        ambiguous = false;
        if (_byName is null)
        {
            _byName = new(StringComparer.Ordinal);
            foreach (var (code, named, itsDistrict) in _named) Index(_byName, code, named, itsDistrict);
        }
        if (!_byName.TryGetValue(NameKey(name), out var matches)) return null;
        if (matches.Count == 1) return matches[0].Code;
        var inDistrict = matches.Where(m => district is not null && m.District == ThaiText.Clean(district)).ToList();
        if (inDistrict.Count == 1) return inDistrict[0].Code;
        ambiguous = true;
        return null;
    }

    /// <summary>Name without the โรงเรียน / รร. prefix, spaces or dots, Thai digits as digits.</summary>
    public static string NameKey(string name)
    {
        var text = ThaiText.Clean(name) ?? "";
        foreach (var prefix in new[] { "โรงเรียน", "รร." })
            if (text.StartsWith(prefix, StringComparison.Ordinal)) text = text[prefix.Length..];
        return text.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
    }
}
