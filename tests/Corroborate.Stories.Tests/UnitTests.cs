using Corroborate.Model;
using Corroborate.Stories.Alignment;
using Corroborate.Stories.Dedup;
using Corroborate.Stories.Entities;
using Corroborate.Stories.Model;
using Corroborate.Testing;
using Corroborate.Text;

namespace Corroborate.Stories.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Volodymyr Zelenskyy", "Zelensky")]
    [InlineData("Zelenskiy", "Volodymyr Zelensky")]
    [InlineData("President Zelenskyy", "Zelenskii")]
    public void SamePerson_WhenTransliterationDiffers(string a, string b) => Assert.True(NameKey.SamePerson(a, b));

    [Theory]
    [InlineData("Hunter Biden", "Joe Biden")]
    [InlineData("Charlie Kafoury", "Charlene Kafoury")]
    public void SamePerson_IsFalse_WhenFirstNamesDisagree(string a, string b) => Assert.False(NameKey.SamePerson(a, b));

    [Theory]
    [InlineData("J. Kafoury", "Joan Kafoury")]
    [InlineData("Chris Vale", "Christopher Vale")]
    [InlineData("Volodimir Zelensky", "Volodymyr Zelensky")]
    public void SamePerson_WhenOneFirstNameIsAnInitialShortFormOrSpelling(string a, string b) => Assert.True(NameKey.SamePerson(a, b));

    [Fact]
    public void SurnameAlone_BesideTwoPeopleOfThatSurname_JoinsNeither()
    {
        var d1 = DocMarkup.Parse("[Charlie Kafoury](PER#c) spoke first.", "d1");
        var d2 = DocMarkup.Parse("[Charlene Kafoury](PER#n) spoke next.", "d2");
        var d3 = DocMarkup.Parse("[Kafoury](PER#k) was mourned.", "d3");
        var links = CrossDocumentEntities.Link([d1, d2, d3]);
        Assert.NotEqual(links.Of("d1", "e1"), links.Of("d2", "e1"));
        Assert.Equal(3, links.Entities.Count(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public void SurnameAlone_JoinsTheOnePersonOfThatSurname()
    {
        var d1 = DocMarkup.Parse("[Charlie Kafoury](PER#c) spoke first.", "d1");
        var d2 = DocMarkup.Parse("[Kafoury](PER#k) was thanked.", "d2");
        var links = CrossDocumentEntities.Link([d1, d2]);
        Assert.Equal(links.Of("d1", "e1"), links.Of("d2", "e1"));
    }
}

public sealed class NearDuplicateIndexTests
{
    private static readonly string[] Words =
        "the harbour blockade entered its third week on monday as fishermen in the port city said they had run out of fuel and food prices doubled while the city council met to discuss emergency aid for families"
            .Split(' ');

    [Fact]
    public void LightRewrite_IsFoundAsDuplicateOfTheFirst()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add(Words));
        var rewrite = Words.ToArray();
        rewrite[20] = "tripled";
        var dup = index.Add(rewrite);
        Assert.NotNull(dup);
        Assert.Equal(0, dup.Value.Original);
        Assert.InRange(dup.Value.Similarity, 0.5, 1);
    }

    [Fact]
    public void UnrelatedText_IsNotADuplicate()
    {
        var index = new NearDuplicateIndex();
        index.Add(Words);
        Assert.Null(index.Add("an orchestra opened its winter season with piano concertos and a new symphony by a young composer".Split(' ')));
    }

    [Fact]
    public void Parameters_PutTheSCurveStepAtTheThreshold()
    {
        var p = MinHashParameters.For(0.5);
        Assert.True(MinHashParameters.Probability(0.5, p.Bands, p.Rows) > 0.5);
        Assert.True(MinHashParameters.Probability(0.2, p.Bands, p.Rows) < 0.2);
        Assert.True(MinHashParameters.Probability(0.7, p.Bands, p.Rows) > 0.99);
    }
}

public sealed class QuoteTokensTests
{
    [Fact]
    public void Same_WhenOneRenderingIsTruncatedWithEllipsis()
    {
        var a = QuoteTokens.Of("It was emphasised that the tasks of the operation will be fulfilled in any case");
        var b = QuoteTokens.Of("... the tasks of the operation will be fulfilled");
        Assert.True(QuoteTokens.Same(a, b));
    }

    [Fact]
    public void Same_WhenBracketedInsertionAndSpellingDiffer()
    {
        var a = QuoteTokens.Of("It was [emphasized] that the tasks will be fulfilled");
        var b = QuoteTokens.Of("It was emphasised that the tasks will be fulfilled.");
        Assert.True(QuoteTokens.Same(a, b));
    }

    [Fact]
    public void NotSame_WhenOnlyCommonWordsShared()
    {
        Assert.False(QuoteTokens.Same(QuoteTokens.Of("We expect the worst is yet to come"), QuoteTokens.Of("We expect talks to resume next week in Geneva")));
    }
}

public sealed class FigureAlignerTests
{
    private static Document Doc(string id, double value, string claimant, DateValue? asOf, string? obj = "residents", double? low = null, string? hedge = null)
    {
        var text = $"{claimant} reports {value} {obj} dead.";
        return Document.FromText(id, "t", text) with
        {
            Quantities = [new Quantity { Id = "n1", Span = new TextSpan(0, text.Length), Value = value, Low = low, Hedge = hedge, Object = obj, Measure = "dead", Claimant = new Claimant(null, claimant), AsOf = asOf }],
        };
    }

    private static AlignedFigure Relate(Document a, Document b) =>
        FigureAligner.Align([a, b], CrossDocumentEntities.Link([a, b])).First();

    [Fact]
    public void SameClaimantLaterDate_Supersedes() =>
        Assert.Equal(FigureRelation.Supersedes, Relate(Doc("d1", 20, "Police", new(2024, 5, 1)), Doc("d2", 31, "Police", new(2024, 5, 3))).Relation);

    [Fact]
    public void SameClaimantSameDate_Conflicts() =>
        Assert.Equal(FigureRelation.Conflict, Relate(Doc("d1", 20, "Police", new(2024, 5, 1)), Doc("d2", 31, "Police", new(2024, 5, 1))).Relation);

    [Fact]
    public void BoundCompatibleValues_Agree() =>
        Assert.Equal(FigureRelation.Agree, Relate(Doc("d1", 300, "Police", new(2024, 5, 1), low: 300, hedge: "over"), Doc("d2", 320, "Army", new(2024, 5, 1))).Relation);

    [Fact]
    public void AFigureWithABound_ReadsAsABound()
    {
        var f = Relate(Doc("d1", 41, "Police", new(2024, 5, 1), low: 41, hedge: "at least"), Doc("d2", 30, "Police", new(2024, 5, 3)));
        Assert.Contains("Police put residents dead at 41 or more (d1", f.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("dead at least", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AFigureOfOnlyAMeasure_ReadsAsTheMeasure()
    {
        var f = Relate(Doc("d1", 41, "Police", new(2024, 5, 1), obj: null), Doc("d2", 30, "Police", new(2024, 5, 3), obj: null));
        Assert.Contains("Police put the dead at 41 (d1", f.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("put the figure", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ARange_ReadsAsARange()
    {
        var f = Relate(Doc("d1", 1, "Police", new(2024, 5, 1), low: 1, hedge: "between") is var d
            ? d with { Quantities = [d.Quantities[0] with { High = 2 }] } : d, Doc("d2", 9, "Police", new(2024, 5, 3)));
        Assert.Contains("at 1 to 2 (d1", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrowerQualifier_IsDifferentScope() =>
        Assert.Equal(FigureRelation.DifferentScope, Relate(Doc("d1", 300, "Police", new(2024, 5, 1)), Doc("d2", 31, "Police", new(2024, 5, 1), "residents of Veltra")).Relation);

    [Fact]
    public void FiguresInDifferentUnits_AreNotCompared()
    {
        var nine = Doc("d2", 9, "Police", new(2024, 5, 1));
        var days = nine with { Quantities = [nine.Quantities[0] with { Unit = "%" }] };
        var figures = FigureAligner.Align([Doc("d1", 85, "Police", new(2024, 5, 1)), days], CrossDocumentEntities.Link([]));
        Assert.Equal(2, figures.Length);
        Assert.All(figures, f => Assert.Null(f.Relation));
    }

    [Fact]
    public void CountsOfThingsWithNothingMeasured_AreSeparateFacts_UnlessTheyAgree()
    {
        static Document Count(string id, double value, string obj)
        {
            var d = Doc(id, value, "Police", new(2024, 5, 1), obj);
            return d with { Quantities = [d.Quantities[0] with { Measure = null }] };
        }

        // "52 games" and "133 games" may be two seasons: neither explains the other.
        var games = FigureAligner.Align([Count("d1", 52, "games"), Count("d2", 133, "games")], CrossDocumentEntities.Link([]));
        Assert.Equal(2, games.Length);
        Assert.All(games, f => Assert.Null(f.Relation));
        Assert.Equal(FigureRelation.Agree, FigureAligner.Align([Count("d1", 52, "games"), Count("d2", 52, "games")], CrossDocumentEntities.Link([])).Single().Relation);
        // A count of people (a crowd) is the story's own figure: a difference is still explained.
        Assert.NotNull(FigureAligner.Align([Count("d1", 1000, "people"), Count("d2", 10000, "people")], CrossDocumentEntities.Link([])).Single().Relation);
    }

    [Fact]
    public void ReportsSharingAValue_Agree_WhateverElseOneOfThemCounts()
    {
        var both = Doc("d1", 23, "Navy", new(2024, 5, 1));
        both = both with { Quantities = [both.Quantities[0], both.Quantities[0] with { Id = "n2", Value = 12 }] };
        var figure = FigureAligner.Align([both, Doc("d2", 23, "Coastguard", new(2024, 5, 1))], CrossDocumentEntities.Link([])).Single();
        Assert.Equal(FigureRelation.Agree, figure.Relation);
        Assert.Contains("(23 in d1, 23 in d2)", figure.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CountOfThings_IsNoScopeOfPeople_NorIsADuration()
    {
        var figures = FigureAligner.Align([Doc("d1", 50, "Police", new(2024, 5, 1), obj: "people"), Doc("d2", 7, "Police", new(2024, 5, 1), obj: "villages")],
            CrossDocumentEntities.Link([]));
        Assert.DoesNotContain(figures, f => f.Relation == FigureRelation.DifferentScope);
        var years = Doc("d1", 21, "Police", new(2024, 5, 1), obj: "");
        years = years with { Quantities = [years.Quantities[0] with { Object = null, Unit = "year" }] };
        Assert.Empty(FigureAligner.Align([years], CrossDocumentEntities.Link([])));
    }

    [Fact]
    public void NarrowerGroupCountingAsMany_IsTheSameCount_NotAScope()
    {
        static FigureRelation? Scope(double all, double part) => FigureAligner.Align(
            [Doc("d1", all, "Police", new(2024, 5, 1), obj: "people"), Doc("d2", part, "Police", new(2024, 5, 1), obj: "workers")],
            CrossDocumentEntities.Link([])).FirstOrDefault(f => f.Relation == FigureRelation.DifferentScope)?.Relation;
        Assert.Equal(FigureRelation.DifferentScope, Scope(41, 8));
        Assert.Null(Scope(3, 3));
        Assert.Null(Scope(2, 4));
    }

    [Fact]
    public void ACountOfAQuotesSpeakers_IsNoFigure()
    {
        const string text = "The ferry will sail on Monday, two officials told the paper.";
        int at = text.IndexOf("two", StringComparison.Ordinal);
        var speaker = new TextSpan(at, at + "two officials".Length);
        Document Report(bool quoted) => Document.FromText("d1", "t", text) with
        {
            Quantities = [new Quantity { Id = "n1", Span = speaker, ValueSpan = new TextSpan(at, at + 3), Value = 2, Object = "officials" }],
            Quotes = quoted
                ? [new Quote { Id = "q1", Kind = QuoteKind.Indirect, Span = new TextSpan(0, text.Length - 1), Content = new TextSpan(0, 29), Speaker = new Speaker(null, "two officials", null, speaker), Cue = "told" }]
                : [],
        };
        Assert.Empty(FigureAligner.Align([Report(quoted: true)], CrossDocumentEntities.Link([])));
        Assert.Single(FigureAligner.Align([Report(quoted: false)], CrossDocumentEntities.Link([])));
    }

    [Fact]
    public void SmallCountsOfPeopleWithNothingMeasured_AreSeparateFacts()
    {
        static Document Count(string id, double value)
        {
            var d = Doc(id, value, "Police", new(2024, 5, 1), obj: "people");
            return d with { Quantities = [d.Quantities[0] with { Measure = null }] };
        }

        Assert.All(FigureAligner.Align([Count("d1", 12), Count("d2", 50)], CrossDocumentEntities.Link([])), f => Assert.Null(f.Relation));
    }

    [Fact]
    public void VagueCountBesideAnUpdate_DoesNotHideTheUpdate()
    {
        // "dozens" and "at least 41" are compatible with the later 52; the governor's own update still explains the group.
        var first = Doc("d1", 41, "Governor", new(2024, 5, 1));
        first = first with { Quantities = [first.Quantities[0], first.Quantities[0] with { Id = "n2", Value = 24, Low = 24, Hedge = "dozens" }] };
        var figure = FigureAligner.Align([first, Doc("d2", 52, "Governor", new(2024, 5, 2))], CrossDocumentEntities.Link([])).Single();
        Assert.Equal(FigureRelation.Supersedes, figure.Relation);
    }

    [Fact]
    public void Ages_StayOutOfTheFiguresTable()
    {
        var d = Doc("d1", 47, "Police", new(2024, 5, 1), obj: "age");
        var age = d with { Quantities = [d.Quantities[0] with { Measure = null, Unit = "years old" }] };
        Assert.Empty(FigureAligner.Align([age], CrossDocumentEntities.Link([])));
    }

    [Fact]
    public void FigureWithNothingCounted_ScopesNothing()
    {
        var figures = FigureAligner.Align([Doc("d1", 5, "Police", new(2024, 5, 1), obj: ""), Doc("d2", 2, "Police", new(2024, 5, 1), obj: "women")],
            CrossDocumentEntities.Link([]));
        Assert.DoesNotContain(figures, f => f.Relation == FigureRelation.DifferentScope);
        Assert.True(FigureAligner.Align([Doc("d1", 5, "Police", new(2024, 5, 1), obj: "people"), Doc("d2", 2, "Police", new(2024, 5, 1), obj: "women")],
            CrossDocumentEntities.Link([])).Any(f => f.Relation == FigureRelation.DifferentScope));
    }

    [Fact]
    public void TheWordOne_WithNothingMeasured_IsNoFigure()
    {
        var text = "One official visited the port.";
        var d = Document.FromText("d1", "t", text) with
        {
            Quantities = [new Quantity { Id = "n1", Span = new TextSpan(0, 12), Value = 1, Object = "official" }],
        };
        Assert.Empty(FigureAligner.Align([d], CrossDocumentEntities.Link([d])));
        var dead = d with { Quantities = [d.Quantities[0] with { Measure = "dead" }] };
        Assert.Single(FigureAligner.Align([dead], CrossDocumentEntities.Link([dead])));
    }

    [Fact]
    public void AgreementWithACopy_CountsOneIndependentSource()
    {
        Document a = Doc("d1", 20, "Police", new(2024, 5, 1)), b = Doc("d2", 20, "Police", new(2024, 5, 1));
        var f = FigureAligner.Align([a, b], CrossDocumentEntities.Link([a, b]), new HashSet<string> { "d2" }).First();
        Assert.Equal(FigureRelation.Agree, f.Relation);
        Assert.StartsWith("2 reports (1 independent) agree", f.Explanation, StringComparison.Ordinal);
        Assert.StartsWith("2 sources agree", Relate(a, b).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsYearsApart_AreDifferentTimes_NotAnUpdate()
    {
        var f = Relate(Doc("d1", 20, "Police", new(2016)), Doc("d2", 31, "Police", new(2024, 5, 3)));
        Assert.Equal(FigureRelation.DifferentScope, f.Relation);
        Assert.Contains("different times (2016 vs 2024-05-03)", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrowerCountOfAnotherYear_IsNoScopeOfThisOne()
    {
        // 40 people dead now; 12 miners dead in 2016, recalled by another report: no scope pair between them, though
        // the same 12 miners dated this year would be one.
        Document a = Doc("d1", 40, "Police", new(2024, 5, 1), "people"), b = Doc("d2", 12, "Police", new(2016), "miners");
        Assert.DoesNotContain(FigureAligner.Align([a, b], CrossDocumentEntities.Link([a, b])), f => f.Relation == FigureRelation.DifferentScope);
        var now = Doc("d2", 12, "Police", new(2024, 5, 1), "miners");
        Assert.Contains(FigureAligner.Align([a, now], CrossDocumentEntities.Link([a, now])), f => f.Relation == FigureRelation.DifferentScope);
    }

    [Fact]
    public void UndatedClaims_AreRelated_WithoutADate()
    {
        // No as-of date on either side: the explaining pair is still chosen (a default date once made this throw).
        var f = FigureAligner.Align([Doc("d1", 20, "Police", null), Doc("d2", 31, "Army", null), Doc("d3", 45, "Mayor", null)],
            CrossDocumentEntities.Link([Doc("d1", 20, "Police", null), Doc("d2", 31, "Army", null), Doc("d3", 45, "Mayor", null)])).First();
        Assert.Equal(FigureRelation.DifferentClaimant, f.Relation);
    }

    [Fact]
    public void SingleSourceFigure_IsMarkedReportedOnlyByThatSource()
    {
        var d = Doc("d1", 300, "Police", new(2024, 5, 1));
        var f = Assert.Single(FigureAligner.Align([d], CrossDocumentEntities.Link([d])));
        Assert.Null(f.Relation);
        Assert.StartsWith("Reported only by d1", f.Explanation, StringComparison.Ordinal);
    }
}

public sealed class QuoteGroupingTests
{
    /// <summary>A report with the given quotes (content, speaker) over its text; each speaker is a marked person.</summary>
    private static Document Report(string id, params (string Content, string Speaker)[] quotes)
    {
        var markup = string.Join(' ', quotes.Select(q => $"[{q.Speaker}](PER#{q.Speaker.Replace(' ', '-')}) said \"{q.Content}\"."));
        var doc = DocMarkup.Parse(markup, id);
        return doc with
        {
            Quotes =
            [
                .. quotes.Select((q, i) =>
                {
                    int at = doc.Text.IndexOf(q.Content, StringComparison.Ordinal);
                    var who = doc.Entities.First(e => e.Name == q.Speaker);
                    var content = TextSpan.FromLength(at, q.Content.Length);
                    var speaker = who.Mentions.Last(m => m.Span.End <= at).Span;
                    return new Quote { Id = $"q{i + 1}", Kind = QuoteKind.Direct, Span = new TextSpan(speaker.Start, content.End), Content = content, Speaker = new Speaker(who.Id, q.Speaker, null, speaker) };
                }),
            ],
            Produced = doc.Produced.Add(Layers.Quotes),
        };
    }

    [Fact]
    public void RemarksRunTogetherByOneSource_DoNotJoinAnotherSourcesSeparateRemarks()
    {
        const string ferry = "The ferry will sail again from the north pier in May";
        const string fares = "Fares will stay where they are for every rider this year";
        var joined = Report("d1", ($"{ferry}. {fares}.", "Ines Moreau"));
        var separate = Report("d2", (ferry, "Ines Moreau"), (fares, "Pavel Dunst"));
        var docs = new[] { joined, separate };

        var quotes = QuoteAligner.Align(docs, CrossDocumentEntities.Link(docs));

        // The run-together passage lines up with one of the remarks; the other stays on its own, and no quote
        // holds both of the second source's remarks (which would make Moreau and Dunst dispute one "quote").
        Assert.DoesNotContain(quotes, q => q.Variants.Count(v => v.Document == "d2") > 1);
        Assert.Contains(quotes, q => q.Variants.Length == 2);
        Assert.All(quotes, q => Assert.Null(q.Conflict));
    }

    [Fact]
    public void DifferentSpeakers_OfOneQuote_AreAnAttributionConflict()
    {
        const string quote = "The harbour will reopen to fishing boats before the winter storms arrive";
        var docs = new[] { Report("d1", (quote, "Ines Moreau")), Report("d2", (quote, "Pavel Dunst")) };
        Assert.Equal("attribution", QuoteAligner.Align(docs, CrossDocumentEntities.Link(docs)).Single().Conflict);
    }

    [Fact]
    public void ASpeakerReachedThroughAPronoun_IsNotDisputed()
    {
        const string quote = "The harbour will reopen to fishing boats before the winter storms arrive";
        var named = Report("d1", (quote, "Pavel Dunst"));
        var doc = DocMarkup.Parse($"[Ines Moreau](PER#im) arrived late. She said \"{quote}\".", "d2");
        int she = doc.Text.IndexOf("She", StringComparison.Ordinal), at = doc.Text.IndexOf(quote, StringComparison.Ordinal);
        var content = TextSpan.FromLength(at, quote.Length);
        var pronoun = doc with
        {
            Quotes = [new Quote { Id = "q1", Kind = QuoteKind.Direct, Span = new TextSpan(she, content.End), Content = content, Speaker = new Speaker("e1", "Ines Moreau", null, TextSpan.FromLength(she, 3)) }],
            Produced = doc.Produced.Add(Layers.Quotes),
        };
        var docs = new[] { named, pronoun };
        Assert.Null(QuoteAligner.Align(docs, CrossDocumentEntities.Link(docs)).Single().Conflict);
    }

    [Fact]
    public void APersonsRep_IsShownAsTheRep_NotAsThePerson()
    {
        const string quote = "She has checked herself into a clinic and asks for privacy at this time";
        var doc = DocMarkup.Parse($"[Ines Moreau](PER#im) is resting. Moreau's rep said \"{quote}\".", "d1");
        int rep = doc.Text.IndexOf("Moreau's rep", StringComparison.Ordinal), at = doc.Text.IndexOf(quote, StringComparison.Ordinal);
        var content = TextSpan.FromLength(at, quote.Length);
        var byRep = doc with
        {
            Quotes = [new Quote { Id = "q1", Kind = QuoteKind.Direct, Span = new TextSpan(rep, content.End), Content = content, Speaker = new Speaker(null, "Ines Moreau's rep", "Moreau's rep", TextSpan.FromLength(rep, 12)) }],
            Produced = doc.Produced.Add(Layers.Quotes),
        };
        var docs = new[] { byRep, Report("d2", (quote, "Pavel Dunst")) };
        Assert.Equal(["Ines Moreau's rep", "Pavel Dunst"], QuoteAligner.Align(docs, CrossDocumentEntities.Link(docs)).Single().Speakers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFirstNameAlone_IsThePersonOfThatFirstName()
    {
        const string quote = "She was the heart of the office and the mother of us all";
        var docs = new[] { Report("d1", (quote, "Charlie Vance")), Report("d2", (quote, "Charlie")) };
        Assert.Null(QuoteAligner.Align(docs, CrossDocumentEntities.Link(docs)).Single().Conflict);
    }

    [Fact]
    public void ASpeakerTheQuoteItselfNames_AccusesNoSourceOfMisattribution()
    {
        // One source puts the spokesman's words about Moreau in Moreau's own mouth: a misread, not a dispute.
        const string quote = "Governor Moreau visited the harbour this morning and spoke with the fishing crews";
        var docs = new[] { Report("d1", (quote, "Pavel Dunst")), Report("d2", (quote, "Ines Moreau")) };
        var aligned = QuoteAligner.Align(docs, CrossDocumentEntities.Link(docs)).Single();
        Assert.Null(aligned.Conflict);
        Assert.Equal(2, aligned.Speakers.Length); // both readings are still shown
    }

    [Fact]
    public void QuotesSharingOnlyANamePhrase_AreDifferentQuotes()
    {
        var a = QuoteTokens.Of("the scientific process to its rightful place at the heart of the Clean Rivers Act");
        Assert.False(QuoteTokens.Same(a, QuoteTokens.Of("wholly inappropriate use of the Clean Rivers Act")));
        Assert.False(QuoteTokens.Same(a, QuoteTokens.Of("absolute heart of the Clean Rivers Act")));
        Assert.False(QuoteTokens.Same(
            QuoteTokens.Of("For decades, the Clean Rivers Act has protected our streams and the fish that live in them"),
            QuoteTokens.Of("For more than three decades, the Clean Rivers Act has helped save rivers on the brink of ruin")));
    }

    [Fact]
    public void RemarksSharingANameAndTheirOpening_AreDifferentQuotes()
    {
        // Ten of the shorter one's thirteen words in order, and a six-word run, but three of those words are the
        // law's name: two officials praising one law, not one remark.
        Assert.False(QuoteTokens.Same(
            QuoteTokens.Of("For more than three decades, the Clean Rivers Act has successfully protected our nation's most threatened wildlife, and we must keep it strong"),
            QuoteTokens.Of("For decades, the Clean Rivers Act has protected threatened fish and their habitats")));
    }

    [Fact]
    public void WordsInCapitals_AreNotNames() =>
        Assert.True(QuoteTokens.Same(
            QuoteTokens.Of("Ledger entries just out and show clearly that there was NO FRAUD AND NO THEFT OF ANY KIND, none"),
            QuoteTokens.Of("the released entries \" show clearly there was NO FRAUD AND NO THEFT OF ANY KIND")));

    [Fact]
    public void RenderingsOfOneRemarkAboutANamedLaw_AreTheSameQuote() =>
        Assert.True(QuoteTokens.Same(
            QuoteTokens.Of("For decades, the Clean Rivers Act has protected our streams and the fish that live in them"),
            QuoteTokens.Of("For decades the Clean Rivers Act has protected our streams and … the fish in them")));

    [Fact]
    public void ShortQuotesSharingAFewWords_AreDifferentQuotes() =>
        Assert.False(QuoteTokens.Same(QuoteTokens.Of("The connection was very good"), QuoteTokens.Of("the move was very good news")));

    [Fact]
    public void ShortQuoteWithOneWordChanged_IsTheSameQuote()
    {
        Assert.True(QuoteTokens.Same(QuoteTokens.Of("it cannot repay without the help"), QuoteTokens.Of("it cannot repay without the bailout")));
        Assert.True(QuoteTokens.Same(QuoteTokens.Of("Our country has reached the edge of the abyss"), QuoteTokens.Of("Our country is on the edge of the abyss")));
    }
}
