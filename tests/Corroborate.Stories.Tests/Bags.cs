namespace Corroborate.Stories.Tests;

/// <summary>Feature counts for hand-written clustering fixtures: each space-separated word counted.</summary>
internal static class Bags
{
    public static Dictionary<string, int> Of(string words) => words.Length == 0
        ? new Dictionary<string, int>(StringComparer.Ordinal)
        : words.Split(' ').GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
