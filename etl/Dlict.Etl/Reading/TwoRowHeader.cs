namespace Dlict.Etl.Reading;

/// <summary>Reads a two-row header (a merged group label above ชาย / หญิง / รวม / ห้อง) as one row: <c>อ.1 ชาย</c>.</summary>
public static class TwoRowHeader
{
    public static string?[] Combine(string?[] top, string?[] bottom)
    {
        var width = Math.Max(top.Length, bottom.Length);
        var combined = new string?[width];
        string? group = null;
        for (var c = 0; c < width; c++)
        {
            var upper = c < top.Length ? top[c]?.Trim() : null;
            var lower = c < bottom.Length ? bottom[c]?.Trim() : null;
            if (!string.IsNullOrEmpty(upper)) group = upper;
            else if (string.IsNullOrEmpty(lower)) group = null; // a blank column ends a merged group
            combined[c] = (string.IsNullOrEmpty(upper) ? group : upper, lower) switch
            {
                (null, var l) => l,
                (var u, null or "") => u,
                (var u, var l) => $"{u} {l}",
            };
        }
        return combined;
    }
}
