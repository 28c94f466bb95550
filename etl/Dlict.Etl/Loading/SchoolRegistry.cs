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
    private bool _namesRead = true; // false for a registry loaded without its names

    /// <summary>
    /// The codes from dim_school (current versions last, so that their SMIS codes win). Names are read only by
    /// <see cref="WithNames"/>, for a file that names its schools: reading and decoding every Thai name for every
    /// file took a web upload's writer ~8 % of its time with 400 schools.
    /// </summary>
    public static SchoolRegistry Load(DbConnection connection, DbTransaction? transaction = null)
    {
        var registry = new SchoolRegistry { _namesRead = false };
        foreach (var s in connection.Query<(string Code, string? Smis)>(
                     "SELECT school_code, smis_code FROM dim_school ORDER BY is_current, valid_from", transaction: transaction))
            registry.AddCode(s.Code, s.Smis);
        return registry;
    }

    /// <summary>Reads the schools' names, once, so that <see cref="ResolveByName"/> can find a school by its name.</summary>
    public SchoolRegistry WithNames(DbConnection connection, DbTransaction? transaction = null)
    {
        if (_namesRead) return this;
        foreach (var s in connection.Query<(string Code, string Name, string? District)>(
                     "SELECT school_code, school_name, district FROM dim_school ORDER BY is_current, valid_from", transaction: transaction))
            _named.Add((s.Code, s.Name, s.District));
        _namesRead = true;
        return this;
    }

    public int Count => _codes.Count;

    public void Add(string code, string? smis, string name, string? district)
    {
        AddCode(code, smis);
        _named.Add((code, name, district));
        if (_byName is not null) Index(_byName, code, name, district);
    }

    private void AddCode(string code, string? smis)
    {
        _codes.Add(code);
        if (smis is not null) _bySmis[smis] = code;
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
        if (!_namesRead) throw new InvalidOperationException("the registry was loaded without its names: call WithNames first");
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
