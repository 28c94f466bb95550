namespace Dlict.Demo;

/// <summary>Builds the district's schools: codes, names, clusters, size mix, DLTV, extended schools and a few closed or merged ones.</summary>
internal static class SchoolRoster
{
    public const string ClusterPrefix = "กลุ่มเครือข่ายพัฒนาคุณภาพการศึกษา";
    private static readonly string[] NameSuffixes = ["ใหม่", "เหนือ", "ใต้", "วิทยา", "ศึกษา", "พัฒนา", "สามัคคี", "ราษฎร์บำรุง"];

    public static List<SchoolPlan> Build(int count, Random rng)
    {
        var names = UdonSchoolNames.All;
        var perDistrict = UdonSchoolNames.Districts.Select(d => names.Count(n => n.District == d)).ToArray();
        var quotas = perDistrict.Select(n => (int)Math.Round((double)n * count / names.Count)).ToArray();
        quotas[0] += count - quotas.Sum();

        var schools = new List<SchoolPlan>();
        var clusterLabels = new HashSet<string>();
        var smis = 1;
        for (var d = 0; d < quotas.Length; d++)
        {
            var district = UdonSchoolNames.Districts[d];
            var pool = names.Where(n => n.District == district).OrderBy(_ => rng.Next()).ToList();
            var picked = new List<UdonSchoolNames.Entry>();
            for (var i = 0; i < quotas[d]; i++)
            {
                picked.Add(i < pool.Count ? pool[i] : Synthetic(pool, i, rng));
            }
            var ordered = picked.OrderBy(p => p.Subdistrict, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
            var inDistrict = ordered.Select((p, i) => new SchoolPlan
            {
                Code = FormattableString.Invariant($"1041{UdonSchoolNames.AmphoeCodes[d]}{i + 1 + (i / 7):0000}"),
                Smis = FormattableString.Invariant($"4101{smis++:0000}"),
                Name = p.Name,
                District = district,
                Subdistrict = p.Subdistrict,
            }).ToList();
            AssignClusters(inDistrict, clusterLabels);
            schools.AddRange(inDistrict);
        }
        AssignSizes(schools, rng);
        return schools;
    }

    private static UdonSchoolNames.Entry Synthetic(List<UdonSchoolNames.Entry> pool, int i, Random rng)
    {
        var basis = pool[rng.Next(pool.Count)];
        return basis with { Name = "บ้าน" + basis.Subdistrict + NameSuffixes[i % NameSuffixes.Length] + (i / NameSuffixes.Length > 0 ? (i / NameSuffixes.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) : "") };
    }

    private static void AssignClusters(List<SchoolPlan> district, HashSet<string> used)
    {
        var clusters = Math.Max(1, (int)Math.Round(district.Count / 11.0));
        for (var c = 0; c < clusters; c++)
        {
            var from = c * district.Count / clusters;
            var to = (c + 1) * district.Count / clusters;
            var members = district.GetRange(from, to - from);
            var label = members.GroupBy(m => m.Subdistrict).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).FirstOrDefault(k => !used.Contains(k)) ?? members[0].Subdistrict + "สัมพันธ์";
            used.Add(label);
            foreach (var m in members) m.Cluster = ClusterPrefix + label;
        }
    }

    private static void AssignSizes(List<SchoolPlan> schools, Random rng)
    {
        var n = schools.Count;
        var small = (int)Math.Round(n * 0.55);
        var medium = (int)Math.Round(n * 0.35);
        var large = (int)Math.Round(n * 0.08);
        var order = schools.OrderBy(_ => rng.Next()).ToList();
        for (var i = 0; i < n; i++)
        {
            var s = order[i];
            (s.Size, s.TargetStudents) = i < small ? (SchoolSize.Small, rng.Next(30, 111))
                : i < small + medium ? (SchoolSize.Medium, rng.Next(145, 560))
                : i < small + medium + large ? (SchoolSize.Large, rng.Next(680, 1400))
                : (SchoolSize.ExtraLarge, rng.Next(1620, 2400));
            s.Extended = rng.NextDouble() < 0.25;
            s.Dltv = s.Size == SchoolSize.Small ? rng.NextDouble() < 0.7 : s.Size == SchoolSize.Medium && rng.NextDouble() < 0.04;
        }
        var closing = order.Where(s => s.Size == SchoolSize.Small).Take(n >= 40 ? 3 : 2).ToList();
        for (var i = 0; i < closing.Count; i++)
        {
            closing[i].Status = i == 1 ? SchoolStatus.Closed : SchoolStatus.Merged;
            closing[i].Dltv = false;
            closing[i].TargetStudents = 0;
        }
    }
}
