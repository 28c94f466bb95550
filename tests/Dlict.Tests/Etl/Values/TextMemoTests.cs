using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class TextMemoTests
{
    [Test]
    public void Each_distinct_text_is_worked_out_once_up_to_the_bound()
    {
        var asked = new List<string?>();
        var memo = new TextMemo<int>(text => { asked.Add(text); return text?.Length ?? -1; }, capacity: 2);

        var answers = new[] { "ชาย", "หญิง", "ชาย", "หญิง", "M", "M", null, null }.Select(t => memo[t]).ToList();

        Assert.That(answers, Is.EqualTo(new[] { 3, 4, 3, 4, 1, 1, -1, -1 }));
        Assert.That(asked, Is.EqualTo(new[] { "ชาย", "หญิง", "M", "M", null, null }),
            "two remembered; the third text is past the bound and asked each time; null is never remembered");
    }
}
