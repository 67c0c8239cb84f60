using System.Globalization;
using Corroborate.Model;
using Corroborate.Storage.Contract;
using Corroborate.Stories;
using Corroborate.Stories.Alignment;
using Corroborate.Stories.Clustering;
using Corroborate.Stories.Model;

namespace Corroborate.Cli.Rendering;

/// <summary>One line of a human brief: what it says, which documents it cites, and an optional badge.</summary>
internal sealed record OutlineItem(string Text, IReadOnlyList<string> Cites, string? Badge = null, IReadOnlyList<string>? Details = null);

internal sealed record OutlineSection(string Heading, IReadOnlyList<OutlineItem> Items);

internal sealed record OutlineBlock(string Title, string Subtitle, IReadOnlyList<OutlineSection> Sections);

/// <summary>
/// The findings of a result arranged for people: one block per story, then documents outside any story and
/// rejected inputs. Text, Markdown and HTML render this same outline, so they carry the same findings.
/// </summary>
internal static class BriefOutline
{
    public static IReadOnlyList<OutlineBlock> Build(AnalysisResult result)
    {
        var byId = result.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var blocks = new List<OutlineBlock>();
        foreach (var story in result.Stories)
        {
            var kin = result.Stories.Where(o => o.Topic is not null && o.Topic == story.Topic && o.Id != story.Id).Select(o => o.Id).ToList();
            blocks.Add(StoryBlock(story, byId, kin));
        }

        var inStory = result.Stories.SelectMany(s => s.Documents).ToHashSet(StringComparer.Ordinal);
        var loose = result.Documents.Where(d => !d.IsRejected && !inStory.Contains(d.Id)).ToList();
        if (loose.Count > 0)
        {
            blocks.Add(new OutlineBlock("Documents outside any story", $"{loose.Count} document(s)", [.. loose.Select(DocumentSection)]));
        }

        var problems = result.Documents
            .SelectMany(d => d.Diagnostics.Where(x => x.Severity != Diagnostics.Severity.Info).Select(x => new OutlineItem(
                $"{d.Source}: {x.Code} {x.Message}", [d.Id], ContractNames.Of(x.Severity))))
            .ToList();
        if (problems.Count > 0)
        {
            blocks.Add(new OutlineBlock("Diagnostics", $"{problems.Count} message(s)", [new OutlineSection("Inputs", problems)]));
        }

        return blocks;
    }

    private static OutlineBlock StoryBlock(Story story, Dictionary<string, Document> byId, IReadOnlyList<string> sameTopic)
    {
        var sections = new List<OutlineSection>
        {
            new("Sources", [.. story.Documents.Select(id => SourceItem(byId[id], story))]),
        };
        if (!story.Summary.IsEmpty)
        {
            sections.Add(new("Summary", [.. story.Summary.Select(l => new OutlineItem(Flat(l.Text), Cites(l.Evidence)))]));
        }

        if (!story.Timeline.IsEmpty)
        {
            sections.Add(new("Timeline", [.. story.Timeline.Select(t => new OutlineItem($"{t.Date}  {Flat(t.Text)}", Cites(t.Evidence)))]));
        }

        if (!story.Quotes.IsEmpty)
        {
            sections.Add(new("Who said what", [.. story.Quotes.Select(q => QuoteItem(q, byId))]));
        }

        if (!story.Figures.IsEmpty)
        {
            sections.Add(new("Figures", [.. story.Figures.Select(f => FigureItem(f, byId))]));
        }

        if (!story.Disagreements.IsEmpty)
        {
            sections.Add(new("Disagreements", [.. story.Disagreements.Select(d =>
                new OutlineItem(d.Explanation, Cites(d.Evidence), ContractNames.Of(d.Kind)))]));
        }

        if (!story.Assignments.IsEmpty)
        {
            sections.Add(new("Why these reports", [.. story.Assignments.Select(AssignmentItem)]));
        }

        string sources = $"{story.Documents.Length} document(s), {story.IndependentSources} independent source(s)";
        // Stories of one topic report the same kind of event (two earthquakes): worth knowing, never merged.
        if (sameTopic.Count > 0) sources += $"; same kind of event as {string.Join(", ", sameTopic)} (topic {story.Topic})";
        return new OutlineBlock($"{story.Id}: {story.Title}", sources, sections);
    }

    private static OutlineItem SourceItem(Document d, Story story)
    {
        var published = d.Metadata.Published;
        string date = published.Value is { } v ? $"published {v} ({ContractNames.Of(published.Method)})" : "date unknown";
        string outlet = d.Metadata.Outlet ?? "outlet unknown";
        var copy = story.Duplicates.FirstOrDefault(x => x.Document == d.Id);
        string? badge = copy is null ? null : string.Create(CultureInfo.InvariantCulture, $"copy of {copy.Of}, {copy.Similarity:0.00}");
        return new OutlineItem($"{outlet} — {d.Metadata.Title ?? d.Source} — {date}", [d.Id], badge);
    }

    /// <summary>
    /// One member's clustering decision on one line: the score against the threshold and what made it up. For a
    /// document that started the story the figures are those of the best other story, which fell short.
    /// </summary>
    private static OutlineItem AssignmentItem(StoryAssignment a)
    {
        if (a.Started && a.Reason == AssignmentReasons.NoCandidate) return new OutlineItem(a.Reason, [a.Document], "started");
        var inv = CultureInfo.InvariantCulture;
        string days = a.DaysApart is { } d ? string.Create(inv, $", {d:0} day(s) apart") : "";
        string parts = string.Create(inv, $"content {a.Content:0.00}, names {a.Entities:0.00}{days}");
        string text = a.Started
            ? string.Create(inv, $"the closest other story scored {a.Score:0.00} < {a.Threshold:0.00} ({parts})")
            : string.Create(inv, $"joined: score {a.Score:0.00} ≥ {a.Threshold:0.00} ({parts})");
        // The plain reasons restate the comparison shown; only what they add (penalties, a move, a copy) is kept.
        string plain = a.Started ? AssignmentReasons.BelowThreshold : AssignmentReasons.Joined;
        string rest = a.Reason.StartsWith(plain, StringComparison.Ordinal) ? a.Reason[plain.Length..].Trim() : a.Reason;
        if (rest.Length > 0) text += rest.StartsWith('(') ? " " + rest : "; " + rest;
        return new OutlineItem(text, [a.Document], a.Started ? "started" : null);
    }

    private static OutlineItem QuoteItem(AlignedQuote q, Dictionary<string, Document> byId)
    {
        var details = q.Variants.Select(v =>
        {
            var doc = byId[v.Document];
            var quote = doc.Quotes.FirstOrDefault(x => x.Id == v.Quote);
            string channel = quote?.Channel is { } c ? $", {c}" : "";
            string via = quote?.Via is { } via0 ? $", via {via0}" : "";
            return $"{v.Document}: {v.Speaker ?? "unattributed"}{channel}{via}";
        }).Distinct(StringComparer.Ordinal).ToList();
        string speakers = q.Speakers.IsEmpty ? "unattributed" : string.Join(" / ", q.Speakers);
        return new OutlineItem($"“{Flat(q.Text)}” — {speakers}", [.. q.Variants.Select(v => v.Document).Distinct()],
            q.Conflict is null ? null : q.Conflict + " conflict", details);
    }

    private static OutlineItem FigureItem(AlignedFigure f, Dictionary<string, Document> byId)
    {
        // The claim as its source worded it ("dozens", "over 350"), not only the value it stands for.
        string Shown(FigureClaim c) => byId[c.Document].Quantities.FirstOrDefault(q => q.Id == c.Quantity) is { } q
            ? FigureAligner.Display(q)
            : c.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        // Object first, as the explanations read ("civilians dead", "Ukrainians fled").
        string what = string.Join(" ", new[] { f.Object, f.Measure }.Where(x => x is not null));
        var details = f.Claims.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Document}: {Shown(c)} — {c.Claimant ?? "the outlet"}{(c.AsOf is { } a ? $", as of {a}" : "")}")).ToList();
        return new OutlineItem($"{(what.Length == 0 ? "figure" : what)}: {f.Explanation}",
            [.. f.Claims.Select(c => c.Document).Distinct()], f.Relation is { } r ? ContractNames.Of(r) : null, details);
    }

    private static OutlineSection DocumentSection(Document d)
    {
        var items = new List<OutlineItem>
        {
            new($"{d.Metadata.Outlet ?? "outlet unknown"} — {d.Metadata.Title ?? d.Source}", [d.Id]),
        };
        items.AddRange(d.Quotes.Select(q => new OutlineItem(
            $"“{d.Slice(q.Content)}” — {q.Speaker?.Name ?? "unattributed"}", [d.Id], ContractNames.Of(q.Kind))));
        items.AddRange(d.Quantities.Select(q => new OutlineItem(
            $"{d.Slice(q.Span)}{(q.Claimant is { } c ? $" — {c.Name}" : "")}{(q.AsOf is { } a ? $", as of {a}" : "")}", [d.Id], "figure")));
        return new OutlineSection(d.Id, items);
    }

    /// <summary>One line per item: a quote or sentence the source wrote over several lines reads as one.</summary>
    private static string Flat(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : text;

    private static string[] Cites(IEnumerable<Corroborate.Text.SpanRef> evidence) =>
        [.. evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal)];
}
