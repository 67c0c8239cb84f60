using System.Collections.Immutable;
using System.Globalization;

namespace Corroborate.Storage;

/// <summary>A new document's row, ready to insert in the ingest transaction.</summary>
internal sealed record DocumentRow(
    long Seq,
    string Id,
    string Hash,
    string Source,
    string? Title,
    string? Outlet,
    string? Published,
    string Story,
    string? CopyOf,
    double? CopySimilarity,
    string Assignment,
    string Input,
    string Metadata,
    string Features,
    byte[] Shingles,
    string Json,
    string Text);

/// <summary>What the live clusterer needs of each stored document to rebuild its state.</summary>
internal sealed record ReplayRow(long Seq, string Id, string Story, string Features, byte[] Shingles);

/// <summary>What recomposing a story needs of one member: its reader output and how it joined.</summary>
internal sealed record MemberRow(string Id, string Source, string Input, string Metadata, string? CopyOf, double? CopySimilarity, string Assignment);

/// <summary>A story's stored brief and how current it is.</summary>
internal sealed record StoryRow(string Id, string? Json, bool Dirty, long Version);

/// <summary>A composed story to write back, with the documents whose analysis changed (a date the story supplied).</summary>
internal sealed record ComposedStory(
    string Id,
    long Version,
    string Json,
    string Title,
    int IndependentSources,
    int Disagreements,
    ImmutableArray<string> EntityNames,
    ImmutableArray<(string Id, string Json, string? Published)> UpdatedDocuments);

/// <summary>Encodings every store shares, so both order and compare the same strings.</summary>
internal static class StoreKeys
{
    /// <summary>A story id ("s12") is its creation number; the live clusterer numbers stories from 0.</summary>
    public static long StorySeq(string storyId) => long.Parse(storyId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Fixed-width UTC ISO 8601, so that comparing the strings compares the times.</summary>
    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A search query as plain words: only letters, digits, '-' and '\'' survive, at most 16 words, so no user
    /// text is ever parsed as query syntax by either store (each store quotes every word).
    /// </summary>
    public static List<string> SearchWords(string query) =>
        query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(ch => char.IsLetterOrDigit(ch) || ch is '-' or '\'')]))
            .Where(w => w.Length > 0).Take(16).ToList();
}
