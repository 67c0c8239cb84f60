using System.Text.Json;
using Corroborate.Evaluation;

namespace Corroborate.Cli.Tests;

/// <summary>
/// The user's own two reports of one event (../shared/seeds), read by path and never copied here, must come
/// out as the foundation issue lists. Skips when the shared folder is absent (a fresh clone without it).
/// The engine has no special case for them: these are acceptance checks of general behaviour.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private static readonly Lazy<JsonElement?> Result = new(Analyze);

    private static JsonElement? Analyze()
    {
        var data = SharedData.Root();
        var seeds = data is null ? null : Path.Combine(Path.GetDirectoryName(data)!, "seeds");
        if (seeds is null || !Directory.Exists(seeds)) return null;
        var (_, output, _) = CliRunner.Run("analyze", seeds, "--format", "json");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static JsonElement Doc(JsonElement root, int index) => root.GetProperty("documents")[index];

    private static IEnumerable<JsonElement> Items(JsonElement doc, string layer) => doc.GetProperty(layer).EnumerateArray();

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement QuoteStarting(JsonElement doc, string start) =>
        Items(doc, "quotes").First(q => Str(q, "text")!.TrimStart('“', '"').StartsWith(start, StringComparison.Ordinal));

    private static string SpeakerName(JsonElement quote) =>
        quote.GetProperty("speaker").ValueKind == JsonValueKind.Object ? Str(quote.GetProperty("speaker"), "name") ?? "" : "";

    [Fact]
    public void Seeds_FormOneStoryOfTwoDocuments()
    {
        if (Result.Value is not { } root) return;
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Single(stories);
        Assert.Equal(2, stories[0].GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Seeds_FirstDocumentLosesBoilerplateAndNamesOutlet()
    {
        if (Result.Value is not { } root) return;
        var d1 = Doc(root, 0);
        Assert.Equal("Latin Times", Str(d1, "outlet"));
        string text = Str(d1, "text")!;
        foreach (var gone in new[] { "Getty Images", "Unsplash", "unsplash", "All rights reserved", "representational image", "placard" })
        {
            Assert.DoesNotContain(gone, text, StringComparison.Ordinal);
        }

        var kinds = Items(d1, "removed").Select(r => Str(r, "kind")).ToList();
        Assert.Contains("image-name", kinds);
        Assert.Contains("copyright", kinds);
        Assert.Contains("Ukraine estimates that over 350", text, StringComparison.Ordinal);
        Assert.Empty(Items(Doc(root, 1), "removed"));
    }

    [Fact]
    public void Seeds_PeopleAreCanonicalPerDocument()
    {
        if (Result.Value is not { } root) return;
        foreach (int i in new[] { 0, 1 })
        {
            var people = Items(Doc(root, i), "entities").Where(e => Str(e, "kind") == "person").ToList();
            Assert.Single(people, e => Str(e, "name") == "Vladimir Putin");
            Assert.Single(people, e => Str(e, "name") == "Emmanuel Macron");
            Assert.DoesNotContain(people, e => Str(e, "name") is "Putin" or "Macron");
        }

        var second = Items(Doc(root, 1), "entities").Select(e => Str(e, "name")).ToList();
        Assert.Contains("Volodymyr Zelenskyy", second);
        Assert.Contains("Michelle Bachelet", second);
    }

    [Fact]
    public void Seeds_DatesAreAnchored()
    {
        if (Result.Value is not { } root) return;
        var d1 = Items(Doc(root, 0), "dates").ToList();
        Assert.Contains(d1, d => Str(d, "value") == "2022-03-03" && Str(d, "text")!.Contains("March 3", StringComparison.Ordinal));
        var d2 = Items(Doc(root, 1), "dates").ToList();
        Assert.Contains(d2, d => Str(d, "value") == "2022-02-28" && Str(d, "text")!.Contains("Monday", StringComparison.Ordinal));
        Assert.Contains(d2, d => Str(d, "value") == "2022-03-01" && Str(d, "text")!.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void Seeds_QuotesHaveTheirSpeakers()
    {
        if (Result.Value is not { } root) return;
        var (d1, d2) = (Doc(root, 0), Doc(root, 1));
        var aide = QuoteStarting(d1, "The expectation of the president").GetProperty("speaker");
        Assert.Contains("aide", Str(aide, "description") ?? Str(aide, "name") ?? "", StringComparison.Ordinal);
        Assert.Equal("Emmanuel Macron", SpeakerName(QuoteStarting(d1, "We expect the worst")));
        Assert.Equal("Emmanuel Macron", SpeakerName(QuoteStarting(d1, "It was [emphasized]")));
        Assert.Equal("Vladimir Putin", SpeakerName(QuoteStarting(d2, "Russia intends to continue")));
        Assert.Equal("Volodymyr Zelenskyy", SpeakerName(QuoteStarting(d2, "I will be honest")));
        Assert.Equal("Emmanuel Macron", SpeakerName(QuoteStarting(d2, "major mistake")));
        var tragedies = QuoteStarting(d2, "human tragedies");
        Assert.Equal("Emmanuel Macron", SpeakerName(tragedies));
        Assert.Equal("tweet", Str(tragedies, "channel"));
    }

    [Theory]
    [InlineData(0, 350, "dead", "Ukraine", null)]
    [InlineData(0, 2000, "injured", "Ukraine", null)]
    [InlineData(0, 1000000, "fled", "United Nations", null)]
    [InlineData(1, 227, "dead", "Bachelet", "2022-03-01")]
    [InlineData(1, 525, "injured", "Bachelet", "2022-03-01")]
    [InlineData(1, 498, "dead", "Russia", null)]
    [InlineData(1, 1600, "injured", "Russia", null)]
    public void Seeds_FiguresAreClaims(int doc, double value, string measure, string claimant, string? asOf)
    {
        if (Result.Value is not { } root) return;
        var q = Items(Doc(root, doc), "quantities").First(x => x.GetProperty("value").GetDouble() == value);
        Assert.Equal(measure, Str(q, "measure"));
        Assert.Contains(claimant, Str(q.GetProperty("claimant"), "name") ?? "", StringComparison.Ordinal);
        if (asOf is not null) Assert.Equal(asOf, Str(q, "asOf"));
    }

    [Fact]
    public void Seeds_CivilianDeathsDifferByClaimantNotConflict()
    {
        if (Result.Value is not { } root) return;
        var story = root.GetProperty("stories")[0];
        var figure = story.GetProperty("figures").EnumerateArray().First(f =>
            f.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()).ToHashSet().IsSupersetOf([350d, 227d]));
        Assert.Equal("different-claimant", Str(figure, "relation"));
        Assert.False(string.IsNullOrWhiteSpace(Str(figure, "explanation")));
    }

    [Fact]
    public void Seeds_NegotiatingPositionQuoteHasAttributionConflict()
    {
        if (Result.Value is not { } root) return;
        var story = root.GetProperty("stories")[0];
        var aligned = story.GetProperty("quotes").EnumerateArray().First(q =>
            Str(q, "text")!.Contains("additional demands on", StringComparison.Ordinal));
        Assert.Equal(2, aligned.GetProperty("variants").EnumerateArray().Select(v => Str(v, "document")).Distinct().Count());
        Assert.Equal("attribution", Str(aligned, "conflict"));
    }
}
