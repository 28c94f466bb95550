namespace Dlict.Tests.Etl.Sources;

/// <summary>Expected values for row assertions (params arrays keep CA1861 quiet).</summary>
internal static class Expect
{
    public static string?[] Cells(params string?[] cells) => cells;

    public static int[] Numbers(params int[] numbers) => numbers;
}
