using Dlict.Etl.Kinds.Students;

namespace Dlict.Tests.Etl.Kinds;

public class SeenKeysTests
{
    [Test]
    public void Every_key_is_new_once_and_a_duplicate_after_whatever_the_growth()
    {
        var seen = new SeenKeys();
        var reference = new HashSet<ulong>();
        var random = new Random(18);
        var keys = Enumerable.Range(0, 5000).Select(_ => (ulong)random.NextInt64()).ToList();
        // Keys that share their low bits (one slot), the key 0 (the empty mark) and ulong.MaxValue.
        keys.AddRange(Enumerable.Range(1, 40).Select(i => (ulong)i << 40));
        keys.AddRange([0UL, ulong.MaxValue]);
        var again = keys.OrderBy(_ => random.Next()).Take(700).ToList();

        var firstPass = keys.Select(k => (Key: k, New: seen.Add(k))).ToList();
        var secondPass = again.Select(seen.Add).ToList();

        Assert.That(firstPass.Where(p => !p.New).Select(p => p.Key), Is.EqualTo(keys.Where(k => !reference.Add(k))), "a key is new the first time only");
        Assert.That(secondPass, Has.All.False, "every key seen before is a duplicate");
        Assert.That(seen.Count, Is.EqualTo(reference.Count));
    }

    [Test]
    public void The_key_zero_is_kept_like_any_other()
    {
        var seen = new SeenKeys();

        Assert.That((seen.Add(0), seen.Add(0), seen.Add(1), seen.Add(1), seen.Count), Is.EqualTo((true, false, true, false, 2)));
    }
}
