using Corroborate.Text;
using Corroborate.Model;
using Corroborate.Stories.Model;
using Corroborate.Testing;

namespace Corroborate.Stories.Tests;

public sealed class StoryEngineTests
{
    private static AnalysisResult Run(params Document[] docs) => StoryEngine.Build(docs, new StoryOptions());

    [Fact]
    public void TwoReportsOfOneEvent_FormOneStory()
    {
        var result = Run(StoryFixtures.First(), StoryFixtures.Second());
        var story = Assert.Single(result.Stories);
        Assert.Equal("s1", story.Id);
        Assert.Equal(["d1", "d2"], story.Documents);
        Assert.Equal(2, story.IndependentSources);
    }

    [Fact]
    public void UnrelatedReport_StartsItsOwnStory()
    {
        var result = Run(StoryFixtures.First(), StoryFixtures.Second(), StoryFixtures.Unrelated());
        Assert.Equal(2, result.Stories.Length);
        Assert.Equal(["d3"], result.Stories[1].Documents);
    }

    [Fact]
    public void StoryWhoseBriefFails_KeepsItsMembers_AndEachCarriesCB4001()
    {
        // A member whose sentence layer points past its text (a stage bug) breaks the brief; the batch goes on.
        var broken = StoryFixtures.Second();
        broken = broken with { Sentences = [new Sentence(new TextSpan(0, broken.Text.Length + 40))] };
        var result = Run(StoryFixtures.First(), broken, StoryFixtures.Unrelated());
        var story = result.Stories.Single(s => s.Documents.Contains("d2"));
        Assert.Equal(["d1", "d2"], story.Documents);
        Assert.Empty(story.Summary);
        Assert.All(result.Documents.Take(2), d => Assert.Contains(d.Diagnostics, x => x.Code == "CB4001"));
        // The unrelated report's story is composed as usual.
        Assert.NotEmpty(result.Stories.Single(s => s.Documents.Contains("d3")).Summary);
    }

    [Fact]
    public void UndatedMember_TakesStoryDateAndIsReanalysed()
    {
        var reanalysed = new List<string>();
        var result = StoryEngine.Build([StoryFixtures.First(), StoryFixtures.Second()], new StoryOptions(), d =>
        {
            reanalysed.Add(d.Id);
            return d;
        });
        var published = result.Documents[1].Metadata.Published;
        Assert.Equal(new DateValue(2024, 5, 14), published.Value);
        Assert.Equal(DateMethod.Inferred, published.Method);
        Assert.Equal("story", published.Signal);
        Assert.Equal(["d2"], reanalysed);
    }

    [Fact]
    public void FiguresFromDifferentClaimants_AreRelatedAsDifferentClaimantWithDates()
    {
        var story = Run(StoryFixtures.First(), StoryFixtures.Second()).Stories[0];
        var figure = story.Figures.First(f => f.Claims.Length == 2);
        Assert.Equal(FigureRelation.DifferentClaimant, figure.Relation);
        Assert.Contains("different claimants and dates", figure.Explanation, StringComparison.Ordinal);
        Assert.Contains("2024-05-13", figure.Explanation, StringComparison.Ordinal);
        Assert.Contains(story.Disagreements, d => d.Kind == DisagreementKind.Figure && d.Evidence.Length == 2);
    }

    [Fact]
    public void ClaimantsOwnLaterFigure_ExplainsTheGroup_BeforeOtherClaimants()
    {
        // Ostria's 38 as of the 16th updates its "more than 40" of the 14th; the Red Cross's 31 is another claimant.
        var first = StoryFixtures.First();
        var ostria = new Claimant(null, "Ostria");
        first = first with { Quantities = [first.Quantities[0] with { Claimant = ostria }] };
        var third = StoryFixtures.Second("d3");
        third = third with { Quantities = [third.Quantities[0] with { Value = 38, AsOf = new DateValue(2024, 5, 16), Claimant = ostria }] };
        var story = Run(first, StoryFixtures.Second(), third).Stories[0];
        var figure = story.Figures.First(f => f.Claims.Length == 3);
        Assert.Equal(FigureRelation.Supersedes, figure.Relation);
        Assert.Contains("later count (d3) supersedes", figure.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SameWordingWithBracketedInsertion_IsAlignedWithAttributionConflict()
    {
        var story = Run(StoryFixtures.First(), StoryFixtures.Second()).Stories[0];
        var quote = story.Quotes.First(q => q.Variants.Length == 2);
        Assert.Equal("attribution", quote.Conflict);
        Assert.Equal(["Lena Varga", "Tomas Brenner"], quote.Speakers.Order(StringComparer.Ordinal));
        Assert.Contains(story.Disagreements, d => d.Kind == DisagreementKind.Attribution);
    }

    [Fact]
    public void OneSpeakerUnderAShorterAndALongerName_IsNoConflict()
    {
        // "Maria Ilse Korvath" in one report, "Ilse Korvath" in the other (people the entity layers did not link):
        // one person, shown by the longer name; "Ilse Brandt" would be another. Each report's quoted person is
        // renamed in place, so the reports still form one story and only the speaker's name differs.
        static Document Said(Document d, string name, EntityKind kind = EntityKind.Person)
        {
            var quoted = d.Entities.First(e => e.Name is "Lena Varga" or "Brenner");
            return d with
            {
                Entities = [.. d.Entities.Select(e => e.Id == quoted.Id ? e with { Kind = kind, Name = name } : e)],
                Quotes = [d.Quotes[0] with { Speaker = new Speaker(quoted.Id, name, null, quoted.Mentions.First(m => d.Quotes[0].Span.Contains(m.Span)).Span) }],
            };
        }

        AlignedQuote Shared(string a, string b, EntityKind kind = EntityKind.Person) =>
            Run(Said(StoryFixtures.First(), a, kind), Said(StoryFixtures.Second(), b)).Stories.SelectMany(s => s.Quotes).First(q => q.Variants.Length == 2);
        var quote = Shared("Maria Ilse Korvath", "Ilse Korvath");
        Assert.Null(quote.Conflict);
        Assert.Equal(["Maria Ilse Korvath"], quote.Speakers);
        Assert.Equal("attribution", Shared("Maria Ilse Korvath", "Ilse Brandt").Conflict);
        // A transliteration one letter apart is the same name; a different first name is another person.
        Assert.Null(Shared("Karolos Papandis", "Carolos Papandis").Conflict);
        Assert.Null(Shared("Oleh Zelensky", "Oleh Zelenskyy").Conflict);
        Assert.Null(Shared("Anton Kellar III", "Anton Kellar").Conflict);
        Assert.Null(Shared("Mr", "Ilse Brandt").Conflict);
        Assert.Equal("attribution", Shared("Anna Papandis", "Maria Papandis").Conflict);
        // A body beside a person is one voice (a ministry and its minister), not a misattribution.
        Assert.Null(Shared("Harbour Ministry", "Ilse Brandt", EntityKind.Organization).Conflict);
    }

    [Fact]
    public void PhraseQuotedInsideALongerQuoteOfTheSameReport_IsNotListedOnItsOwn()
    {
        var first = StoryFixtures.First();
        var outer = first.Quotes[0];
        var phrase = "additional conditions";
        var at = first.Text.IndexOf(phrase, StringComparison.Ordinal);
        var nested = outer with { Id = "q2", Content = TextSpan.FromLength(at, phrase.Length), Span = TextSpan.FromLength(at, phrase.Length) };
        var story = Run(first with { Quotes = [outer, nested] }, StoryFixtures.Second()).Stories[0];
        Assert.DoesNotContain(story.Quotes, q => q.Text == phrase);
        Assert.Contains(story.Quotes, q => q.Text == StoryFixtures.SharedWording);
    }

    [Fact]
    public void NumberAfterADefiniteArticle_IsAReferenceNotAFigure_UnlessItHasAUnit()
    {
        var first = StoryFixtures.First();
        var text = first.Text;
        var extra = DocMarkup.Parse(text + " The mayor left the two meetings early after the 90-minute call.", "d1", first.Metadata);
        var meetings = extra.Text.IndexOf("two meetings", StringComparison.Ordinal);
        var call = extra.Text.IndexOf("90-minute", StringComparison.Ordinal);
        var doc = first with
        {
            Text = extra.Text, Raw = extra.Text,
            Quantities =
            [
                .. first.Quantities,
                new Quantity { Id = "n2", Span = TextSpan.FromLength(meetings, 3), Value = 2, Object = "meetings" },
                new Quantity { Id = "n3", Span = TextSpan.FromLength(call, 9), Value = 90, Unit = "minute", Object = "call" },
            ],
        };
        var story = Run(doc, StoryFixtures.Second()).Stories[0];
        Assert.DoesNotContain(story.Figures, f => f.Object == "meetings");
        var duration = Assert.Single(story.Figures, f => f.Object == "call");
        Assert.Contains("90 minutes", duration.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void VaguePluralFigure_ReadsAsWritten()
    {
        var second = StoryFixtures.Second();
        second = second with { Quantities = [second.Quantities[0] with { Value = 12, Low = 12, High = 120, Hedge = "dozens" }] };
        var story = Run(StoryFixtures.First(), second).Stories[0];
        var figure = story.Figures.First(f => f.Claims.Length == 2);
        Assert.Contains("dozens in d2", figure.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("dozens 12", figure.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_LeavesOutDatelinesAndTheStartOfPeriods()
    {
        var doc = DocMarkup.Parse("VELTRA, May 14 (Wire) — The harbour has been closed since 2019 and the council met on Monday.", "d1");
        int Find(string s) => doc.Text.IndexOf(s, StringComparison.Ordinal);
        doc = doc with
        {
            Dates =
            [
                new DateMention(TextSpan.FromLength(Find("May 14"), 6), new DateValue(2024, 5, 14), DateKind.Absolute),
                new DateMention(TextSpan.FromLength(Find("2019"), 4), new DateValue(2019), DateKind.Absolute),
                new DateMention(TextSpan.FromLength(Find("Monday"), 6), new DateValue(2024, 5, 13), DateKind.Relative),
            ],
        };
        var timeline = Corroborate.Stories.Briefs.BriefSections.Timeline([doc]);
        Assert.Equal([new DateValue(2024, 5, 13)], timeline.Select(t => t.Date));
    }

    [Fact]
    public void Timeline_LeavesOutDecades()
    {
        var doc = DocMarkup.Parse("The band, formed in the 1990s, split up on Monday.", "d1");
        int Find(string s) => doc.Text.IndexOf(s, StringComparison.Ordinal);
        doc = doc with
        {
            Dates =
            [
                new DateMention(TextSpan.FromLength(Find("the 1990s"), 9), DateValue.DecadeOf(1990), DateKind.Partial),
                new DateMention(TextSpan.FromLength(Find("Monday"), 6), new DateValue(2024, 5, 13), DateKind.Relative),
            ],
        };
        Assert.Equal([new DateValue(2024, 5, 13)], Corroborate.Stories.Briefs.BriefSections.Timeline([doc]).Select(t => t.Date));
    }

    [Fact]
    public void Timeline_ShowsTheSentenceMostAboutEachDate()
    {
        // Tuesday's entry is the sentence about Tuesday alone, not the one about Thursday's search that recalls it.
        var doc = DocMarkup.Parse("Divers on Thursday searched the pier that fell on Tuesday. The pier fell into the harbour on Tuesday night.", "d1");
        int Find(string s, int from = 0) => doc.Text.IndexOf(s, from, StringComparison.Ordinal);
        doc = doc with
        {
            Dates =
            [
                new DateMention(TextSpan.FromLength(Find("Thursday"), 8), new DateValue(2024, 5, 16), DateKind.Relative),
                new DateMention(TextSpan.FromLength(Find("Tuesday"), 7), new DateValue(2024, 5, 14), DateKind.Relative),
                new DateMention(TextSpan.FromLength(Find("Tuesday", Find("Tuesday") + 1), 7), new DateValue(2024, 5, 14), DateKind.Relative),
            ],
        };
        var timeline = Corroborate.Stories.Briefs.BriefSections.Timeline([doc]);
        Assert.Equal([new DateValue(2024, 5, 14), new DateValue(2024, 5, 16)], timeline.Select(t => t.Date));
        Assert.StartsWith("The pier fell", timeline[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, timeline[0].Evidence.Length);
        Assert.StartsWith("Divers on Thursday", timeline[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnnamedSpeaker_IsShownAsDescribed_WithoutAConflict()
    {
        var second = StoryFixtures.Second();
        var q = second.Quotes[0];
        var at = second.Text.IndexOf("fishermen", StringComparison.Ordinal);
        second = second with { Quotes = [q with { Speaker = new Speaker(null, "fishermen", "fishermen", TextSpan.FromLength(at, 9)) }] };
        var story = Run(StoryFixtures.First(), second).Stories[0];
        var quote = story.Quotes.First(x => x.Variants.Length == 2);
        Assert.Contains("fishermen", quote.Speakers);
        Assert.Null(quote.Conflict);
    }

    [Fact]
    public void HeadlineFigureWithNothingCounted_FoldsIntoTheSameFigureInTheBody()
    {
        var first = StoryFixtures.First();
        var n1 = first.Quantities[0];
        var headline = n1 with { Id = "n2", Object = null, Claimant = null };
        var story = Run(first with { Quantities = [n1, headline] }, StoryFixtures.Second()).Stories[0];
        Assert.DoesNotContain(story.Figures, f => f.Claims.Any(c => c.Quantity == "n2"));
    }

    [Fact]
    public void CountsWithoutAMeasure_AreNotScopesOfEachOther()
    {
        var first = StoryFixtures.First();
        var second = StoryFixtures.Second();
        first = first with { Quantities = [first.Quantities[0] with { Measure = null, Object = "people", Value = 900, Low = null, Hedge = null }] };
        second = second with { Quantities = [second.Quantities[0] with { Measure = null, Object = "inspectors", Value = 12 }] };
        var story = Run(first, second).Stories[0];
        Assert.DoesNotContain(story.Figures, f => f.Relation == FigureRelation.DifferentScope);
    }

    [Fact]
    public void EveryBriefLineAndDisagreement_CarriesEvidence()
    {
        var story = Run(StoryFixtures.First(), StoryFixtures.Second()).Stories[0];
        Assert.NotEmpty(story.Summary);
        Assert.All(story.Summary, l => Assert.NotEmpty(l.Evidence));
        Assert.All(story.Timeline, l => Assert.NotEmpty(l.Evidence));
        Assert.All(story.Disagreements, l => Assert.NotEmpty(l.Evidence));
    }

    [Fact]
    public void Summary_StaysWithinWordCap()
    {
        var story = StoryEngine.Build([StoryFixtures.First(), StoryFixtures.Second()], new StoryOptions { SummaryWords = 30 }).Stories[0];
        Assert.True(story.Summary.Sum(l => l.Text.Split(' ').Length) <= 40);
    }

    [Fact]
    public void ExactCopy_IsFlaggedAsDuplicateOfTheEarlierDocument()
    {
        var copy = StoryFixtures.First() with { Id = "d2" };
        var story = Assert.Single(Run(StoryFixtures.First(), copy).Stories);
        var link = Assert.Single(story.Duplicates);
        Assert.Equal(("d2", "d1"), (link.Document, link.Of));
        Assert.Equal(1, story.IndependentSources);
    }

    [Fact]
    public void Output_IsDeterministicAndDocumentsStayWellFormed()
    {
        var a = Run(StoryFixtures.First(), StoryFixtures.Second(), StoryFixtures.Unrelated());
        var b = Run(StoryFixtures.First(), StoryFixtures.Second(), StoryFixtures.Unrelated());
        Assert.Equal(a.Stories.Select(s => string.Join(",", s.Documents)), b.Stories.Select(s => string.Join(",", s.Documents)));
        Assert.Equal(a.Stories[0].Summary.Select(l => l.Text), b.Stories[0].Summary.Select(l => l.Text));
        foreach (var d in a.Documents) DocumentAssert.WellFormed(d);
    }

    [Fact]
    public void CrossDocumentEntities_JoinSurnameOnlyMentions()
    {
        var story = Run(StoryFixtures.First(), StoryFixtures.Second()).Stories[0];
        var varga = Assert.Single(story.Entities, e => e.Name == "Lena Varga");
        Assert.Equal(2, varga.Members.Select(m => m.Document).Distinct().Count());
    }

    [Fact]
    public void NoDocuments_GiveNoStories() => Assert.Empty(Run().Stories);

    [Fact]
    public void RejectedDocument_IsReturnedButJoinsNoStory()
    {
        var rejected = Document.FromText("d3", "empty", "").WithDiagnostic(Corroborate.Diagnostics.Diagnostic.Error(Corroborate.Diagnostics.Codes.EmptyInput, "empty"));
        var result = Run(StoryFixtures.First(), StoryFixtures.Second(), rejected);
        Assert.Equal(3, result.Documents.Length);
        Assert.DoesNotContain(result.Stories, s => s.Documents.Contains("d3"));
    }

    [Fact]
    public void Assignments_ExplainWhyEachMemberJoined()
    {
        var story = Run(StoryFixtures.First(), StoryFixtures.Second()).Stories[0];
        Assert.Equal(2, story.Assignments.Length);
        Assert.True(story.Assignments[0].Started);
        var joined = story.Assignments[1];
        Assert.False(joined.Started);
        Assert.True(joined.Score >= joined.Threshold);
        Assert.True(joined.Content > 0);
    }
}
