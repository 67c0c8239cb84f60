using Corroborate.Analysis.Quotes;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Quotes;

public sealed class QuotesStageTests
{
    private static Document Run(string markup)
    {
        var doc = DocMarkup.Parse(markup);
        if (!doc.Has(Layers.Entities)) doc = doc with { Produced = doc.Produced.Add(Layers.Entities) };
        var result = new QuotesStage().Annotate(doc, CancellationToken.None);
        DocumentAssert.WellFormed(result);
        return result;
    }

    private static Quote Single(Document doc, Func<Quote, bool>? where = null)
    {
        var list = doc.Quotes.Where(where ?? (_ => true)).ToList();
        Assert.Single(list);
        return list[0];
    }

    private static Quote WithContent(Document doc, string content) => doc.Quotes.Single(q => doc.Slice(q.Content) == content);

    /// <summary>The text holds one quote, whose speaker and content are written as given.</summary>
    private static void AssertSingleReport(string text, string speaker, string content)
    {
        var doc = Run(text);
        var q = Single(doc);
        Assert.Equal(speaker, doc.Slice(q.Speaker!.Span));
        Assert.Equal(content, doc.Slice(q.Content));
    }

    [Fact]
    public void ReportedClause_BeforeARepWhoToldAMagazine_IsTheRepsNotTheActors()
    {
        var doc = Run("Actress [Mara Linden](PER#m) checked herself into a clinic in Malibu, her rep told People magazine on Tuesday.");
        var q = Single(doc);
        Assert.Equal("Actress Mara Linden checked herself into a clinic in Malibu", doc.Slice(q.Content));
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("Mara Linden's rep", q.Speaker.Name);
        Assert.Equal("her rep", q.Speaker.Description);
    }

    [Fact]
    public void QuoteByANamedPersonsRep_IsTheRepsNotThePersons()
    {
        var doc = Run("“[Mara Linden](PER#m) has checked herself into a clinic,” [Linden](PER#m)'s rep told People.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("Mara Linden's rep", q.Speaker.Name);
    }

    [Fact]
    public void ThePeopleBeforeARole_IsNotTheSpeaker_TheRoleIs()
    {
        var doc = Run("[French](GRP#fr) President [Ines Moreau](PER#m) called [Pavel Dunst](PER#d) on Monday. The [French](GRP#fr) president said \"the worst is yet to come\" after the call.");
        Assert.Equal("e2", Single(doc, q => q.Kind == QuoteKind.Partial).Speaker!.EntityId);
    }

    [Theory]
    [InlineData("The envoy, who [American](GRP#a) officials said brokered the invitation, left on Monday.", "American officials")]
    [InlineData("A [South Korean](GRP#k) government official later played down the report, saying it was too soon to tell.", "A South Korean government official")]
    public void APeopleModifyingItsOfficials_IsDescribed_NotNamed(string markup, string speaker)
    {
        var q = Single(Run(markup));
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal(speaker, q.Speaker.Name);
    }

    [Fact]
    public void APronounRightAfterAQuote_IsThatSpeaker_NotThePersonNamedSince()
    {
        var doc = Run("[Tomas Brandt](PER#b), the port director, said the ferry would face \"the worst of the storms\" before meeting [Pavel Dunst](PER#d). The goal, he said, is \"a harbour that never closes.\"");
        Assert.Equal("e1", WithContent(doc, "a harbour that never closes.").Speaker!.EntityId);
    }

    [Theory]
    [InlineData("Instead, [Tomas Brandt](PER#b) went on to criticise the plan, arguing it was far too costly.", "Tomas Brandt")]
    [InlineData("Early Tuesday, Premier [Tomas Brandt](PER#b) warned that the pact would collapse within days.", "Tomas Brandt")]
    [InlineData("Ironically, it is precisely that loyalty that could save the pact in the end, said [Tomas Brandt](PER#b), a former aide.", "Tomas Brandt")]
    public void ASentenceOpener_IsNoSpeaker(string markup, string speaker) => Assert.Equal(speaker, Single(Run(markup)).Speaker!.Name);

    [Fact]
    public void AllegedAfterAPossessive_IsAnAdjective_NotACue() =>
        Assert.Empty(Run("The memos detail the mayor's alleged demands for loyalty from the former chief.").Quotes);

    [Fact]
    public void AccordingToAReport_TheReportIsTheSource() =>
        Assert.Equal("a report", Single(Run("The order was signed on Monday, according to a report published in the Daily Ledger.")).Speaker!.Name);

    [Fact]
    public void ABodysRole_IsThePersonTitledSo()
    {
        var doc = Run("Former [Harbour Board](ORG#h) Director [Tomas Brandt](PER#b) kept notes. The former [Harbour Board](ORG#h) director said he began writing them in May.");
        Assert.Equal("e2", Single(doc).Speaker!.EntityId);
    }

    [Fact]
    public void ABodysRole_WithNoOneTitledSo_IsTheBody() =>
        Assert.Equal("e1", Single(Run("The [Harbour Board](ORG#h) director said the quay would reopen in May.")).Speaker!.EntityId);

    [Theory]
    [InlineData("Looking back on her career, she told the magazine in 1998:\n\"I never thought it was shameful at all, not for one day.\"", "she")]
    [InlineData("Asked if that gave him pause, [Tomas Brandt](PER#b) replied:\n\"Would a captain leave the field five minutes before the end of the game?\"", "Tomas Brandt")]
    [InlineData("Below is a statement by [Tomas Brandt](PER#b), the director of the programme:\n\"Several changes have undermined the foundation of the act, and today we begin to repair them.\"", "Tomas Brandt")]
    public void AColonClause_IsSpokenByItsSubjectOrTheStatementsAuthor(string markup, string speaker) =>
        Assert.Equal(speaker, Single(Run(markup)).Speaker!.Name);

    [Fact]
    public void APronounWithNoOneBefore_IsNotATimeNorTheWordOpeningASentence()
    {
        var doc = Run("Roads reopen\n\nRoads were closed until Saturday.\nShe added: \"The focus for today has been the safety of the public and a return to normality.\"");
        Assert.Equal("She", Single(doc).Speaker!.Name);
    }

    [Fact]
    public void ACapitalisedRoleOpeningTheSentence_TakesTheNameAfterIt() =>
        Assert.Equal("e1", Single(Run("Team president [Tomas Brandt](PER#b) met the coach on Monday, adding that the coach would stay on next season.")).Speaker!.EntityId);

    [Fact]
    public void ASpokeswoman_IsNotTheLastPersonNamed() =>
        Assert.Null(Single(Run("[Tomas Brandt](PER#b) left the stadium early. The spokeswoman said the roads were all reopened by the evening.")).Speaker!.EntityId);

    [Fact]
    public void ALongRoleOpeningTheSentence_TakesTheNameAfterIt() =>
        Assert.Equal("e1", Single(Run("Harbour board press spokeswoman [Ines Moreau](PER#m) shot back on Tuesday, saying the port should \"respect the rules it signed.\""), q => q.Kind == QuoteKind.Indirect).Speaker!.EntityId);

    [Fact]
    public void ANoticeSaying_IsItsPublishers() =>
        Assert.Equal("The port office", Single(Run("The port office also published a notice Tuesday saying that the quay had been \"closed without warning\" by the city."), q => q.Kind == QuoteKind.Indirect).Speaker!.Name);

    [Fact]
    public void AStatementReleasedBy_IsTheReleasersStatement() =>
        Assert.Equal("Harbour Office", Single(Run("The two mayors discussed \"the closure of the quay and the need for both towns to respect the lease,\" said a statement released by the Harbour Office."), q => q.Kind == QuoteKind.Partial).Speaker!.Name);

    [Fact]
    public void AReportThatCallsSomeoneSomething_HasNoSpeaker() =>
        Assert.Empty(Run("The medical examiner's report would later classify him as a \"naive\" user.").Quotes);

    [Fact]
    public void ANameWithALowercaseParticle_Speaks() =>
        Assert.Equal("al-Rashid", Single(Run("In its two-page statement, al-Rashid said: \"This operation was a response to the remarks of the governor.\"")).Speaker!.Name);

    [Theory]
    [InlineData("“You are talking about one genre only,” points out [Tomas Brandt](PER#b), who moved here in 2009.")]
    [InlineData("“Confidence is the most attractive thing of all,” echoes [Tomas Brandt](PER#b).")]
    [InlineData("“I never put these pieces together before,” [Tomas Brandt](PER#b) remarks.")]
    public void LessCommonCuesAfterAQuote_NameItsSpeaker(string markup) =>
        Assert.Equal("e1", Single(Run(markup)).Speaker!.EntityId);

    [Fact]
    public void AQuoteAColonClauseIntroduces_SpansItsSubject()
    {
        var doc = Run("[Tomas Brandt](PER#b), the doctor on the south shore, is more blunt: \"I think they are going to uncover things that are horrifying.\"");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal(0, q.Span.Start);
    }

    [Fact]
    public void TwoCurlySingleMarks_CloseAQuote() =>
        Assert.Equal("Tomas Brandt", Single(Run("“We print only local comics and local creators,’’ says [Tomas Brandt](PER#b), the founder of the press.")).Speaker!.Name);

    [Fact]
    public void TheySaid_IsNeverAPlace() =>
        Assert.Equal("e1", Single(Run("The [Harbour Board](ORG#h) agreed to keep working with [Lisbon](LOC#l) on the plan. \"The terms are fair to both ports,\" they said.")).Speaker!.EntityId);

    [Fact]
    public void APronounInReportedSpeech_ContinuesTheLastSpeaker()
    {
        var doc = Run("[Tomas Brandt](PER#b), the port director, said the ferry would face storms before a meeting with [Pavel Dunst](PER#d). He said that the harbour would never close again.");
        Assert.Equal("e1", doc.Quotes.Single(q => doc.Slice(q.Content).StartsWith("the harbour", StringComparison.Ordinal)).Speaker!.EntityId);
    }

    [Theory]
    [InlineData("Tara is known for her role in “Summer Orchard” and its sequel, her rep said.")]
    [InlineData("The film “The Notorious Life of Jo Kim” opened on Friday, [Tomas Brandt](PER#b) said.")]
    public void ATitleInQuoteMarks_IsNoQuote(string markup) =>
        Assert.DoesNotContain(Run(markup).Quotes, q => q.Kind != QuoteKind.Indirect);

    [Fact]
    public void ShortSpeechInQuoteMarks_IsStillAQuote() =>
        Assert.Contains(Run("“Oh, God!” [Tomas Brandt](PER#b) said as the wall fell.").Quotes, q => q.Kind == QuoteKind.Direct);

    [Fact]
    public void ACueWithItsOwnObjectAfterAQuoteThatEndsTheSentence_DoesNotSignIt()
    {
        var doc = Run("The mayor refused to seat [Ada Holm](PER#h) over concerns that she would harm the \"integrity of the inquiry.\" [Tomas Brandt](PER#b) announced his own picks on Monday.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker?.EntityId == "e2" && doc.Slice(q.Content).Contains("integrity", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The smallest run they print is … “One!” says [Tomas Brandt](PER#b), the owner.")]
    [InlineData("The plan was “a disgrace to the whole town.” [Tomas Brandt](PER#b) said on Monday.")]
    [InlineData("The plan was “a disgrace to the whole town.” [Tomas Brandt](PER#b) told the paper.")]
    public void ACueAfterAQuoteThatEndsTheSentence_StillSignsIt(string markup) =>
        Assert.Equal("e1", Single(Run(markup)).Speaker!.EntityId);

    [Theory]
    [InlineData("The plan included blocking the bridge, according to a new report by two harbour committees.", "a new report")]
    [InlineData("The mayor ignored the warnings, according to a much anticipated report from the auditor.", "a much anticipated report")]
    [InlineData("The ferry was never inspected, according to a previously undisclosed report.", "a previously undisclosed report")]
    public void AccordingToAReportWithModifiers_NamesTheWholeReport(string text, string speaker) =>
        Assert.Equal(speaker, Single(Run(text)).Speaker!.Name);

    [Theory]
    [InlineData("Weekly jobless claims dropped below 300,000 for the first time since the strike began.")]
    [InlineData("It was the first time claims have dipped below 300,000.")]
    [InlineData("The council's stated “open door” approach drew fire.")]
    public void ANounThatCouldBeACue_ReportsNothing(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void ThatBeforeAPlural_IsNoPartOfTheSpeaker() =>
        Assert.Equal("senators", Single(Run("She shared files showing harm from the products, revelations that senators said would build momentum for new rules.")).Speaker!.Name);

    [Theory]
    [InlineData("The Harbour Safety Organisation (WHO) chief said on Thursday that the quay was unsafe.", "The Harbour Safety Organisation (WHO) chief")]
    [InlineData("The WHO chief said on Thursday that the quay was unsafe.", "The WHO chief")]
    public void AnAcronymInTheSpeakerPhrase_IsPartOfIt(string text, string speaker) =>
        Assert.Equal(speaker, Single(Run(text)).Speaker!.Name);

    [Fact]
    public void ACueWordEndingAName_IsNoCue() =>
        Assert.DoesNotContain(Run("The share of voters who think crime in the United States is “very serious” rose again.").Quotes,
            q => q.Cue is "states");

    [Theory]
    [InlineData("The talks stalled, three people familiar with the matter said.", "three people familiar with the matter")]
    [InlineData("The council had earlier said, a source with knowledge of the talks said.", "a source with knowledge of the talks")]
    [InlineData("The group includes many foreigners, two officials told the Harbour Gazette.", "two officials")]
    [InlineData("The ferry left on time, Dutch and Danish officials said.", "Dutch and Danish officials")]
    public void SourcingPhrasesAndNamedListeners_KeepTheirSpeaker(string text, string speaker) =>
        Assert.Contains(Run(text).Quotes, q => q.Speaker?.Name == speaker);

    [Fact]
    public void AndInsideABodysName_StaysInTheSpeaker() =>
        Assert.Equal("new Harbour and Border Control data",
            Single(Run("Agents made a million arrests this year, according to new Harbour and Border Control data.")).Speaker!.Name);

    [Fact]
    public void ATimeSpan_IsNoSpeaker() =>
        Assert.DoesNotContain(Run("A crew of pundits has spent much of the last few weeks warning that the city will fall.").Quotes,
            q => q.Speaker?.Name is "few weeks" or "the last few weeks");

    [Fact]
    public void TheObjectOfAnAdjunct_IsNoSpeaker() =>
        Assert.Equal("Top harbour staff", Single(Run("Top harbour staff in a briefing with those same reporters acknowledged that the quay was safe.")).Speaker!.Name);

    [Fact]
    public void AQuoteRightAfterReportedSpeech_ContinuesItsSpeaker()
    {
        var doc = Run("The depots were used by the smugglers, [Tomas Brandt](PER#b) said. \"As these raids show, the port will act to protect its people.\" \"We will not wait for the next raid.\"");
        var direct = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.All(direct, q => Assert.Equal("e1", q.Speaker!.EntityId));
    }

    [Fact]
    public void ContinuesTo_ReportsNothing() =>
        Assert.Empty(Run("The island was struck by another storm on Monday as the country continues to recover from a quake that killed hundreds of people.").Quotes);

    [Fact]
    public void TheObjectBeforeAParticipleCue_IsNoSpeaker() =>
        Assert.Equal("A harbour official", Single(Run("A harbour official downplayed the unrest saying that strikes had come and gone for years without much consequence.")).Speaker!.Name);

    [Fact]
    public void ItSays_IsABodyOrAPlace_NeverAThingNamed() =>
        Assert.Equal("e1", Single(Run("[Portugal](LOC#p) faces a May 19 due date on a [Eurobond](MISC#b) loan it says it cannot repay without the help of the fund.")).Speaker!.EntityId);

    [Fact]
    public void AParticipleAfterACueAndAComma_ContinuesThatCuesSpeaker()
    {
        var doc = Run("[Tomas Brandt](PER#b) met [Pavel Dunst](PER#d) on Monday. The plan would fail, Brandt said, explaining:\n\"Nobody has paid for the harbour wall, and nobody will.\"");
        Assert.Equal("e1", doc.Quotes.Single(q => q.Kind == QuoteKind.Direct).Speaker!.EntityId);
    }

    [Fact]
    public void QuoteFromANamedPersonsStatement_IsThePersons()
    {
        var doc = Run("“The harbour will reopen next week,” [Ana Ortiz](PER#o)'s statement said.");
        Assert.Equal("e1", Single(doc).Speaker!.EntityId);
    }

    [Fact]
    public void DirectQuote_WhenSpeakerFollowsCurlyMarks()
    {
        var doc = Run("“The harbour will reopen next week,” [Ana Ortiz](PER#o) said.");
        var q = Single(doc);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("The harbour will reopen next week", doc.Slice(q.Content));
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("said", q.Cue);
        Assert.Equal(0, q.Span.Start);
    }

    [Fact]
    public void DirectQuote_WhenStraightMarksAndInvertedCue()
    {
        var doc = Run("\"We counted every ballot twice,\" said [Lena Berg](PER#b), the county clerk.");
        var q = Single(doc);
        Assert.Equal("We counted every ballot twice", doc.Slice(q.Content));
        Assert.Equal("Lena Berg", q.Speaker!.Name);
    }

    [Fact]
    public void BrokenQuote_WhenAttributionSitsBetweenHalves()
    {
        var doc = Run("“The dam held,” [Tomas Ried](PER#r) said, “but the road did not survive the night.”");
        Assert.Equal(2, doc.Quotes.Length);
        Assert.All(doc.Quotes, q => Assert.Equal("e1", q.Speaker!.EntityId));
        Assert.Equal("but the road did not survive the night.", doc.Slice(doc.Quotes[1].Content));
    }

    [Fact]
    public void ColonLedQuote_WhenCueComesFirst()
    {
        var doc = Run("[Mara Voss](PER#v) told the council: “Nobody will lose their home this winter.”");
        var q = Single(doc);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("told", q.Cue);
    }

    [Fact]
    public void MultiParagraphQuote_WhenClosingMarkOmittedBeforeNextParagraph()
    {
        var doc = Run("“The first shipment arrived on time,” [Ivo Lind](PER#l) said. “The second was held at the border.\n\n“We expect it by Friday.”");
        var last = doc.Quotes[^1];
        Assert.Contains("held at the border.", doc.Slice(last.Content), StringComparison.Ordinal);
        Assert.EndsWith("We expect it by Friday.", doc.Slice(last.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void PartialQuote_WhenInsideReportedSentence()
    {
        var doc = Run("[Ivo Lind](PER#l) said the delay was a “serious failure” by the contractor.");
        var partial = Single(doc, q => q.Kind == QuoteKind.Partial);
        Assert.Equal("serious failure", doc.Slice(partial.Content));
        Assert.Equal("e1", partial.Speaker!.EntityId);
    }

    [Fact]
    public void TitleInQuotes_IsNotAQuote()
    {
        var doc = Run("The band played “Summer Lights” twice before the rain began.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void NamingQuote_WhenPassiveCalled_IsNotAQuote()
    {
        var doc = Run("The flood destroyed what is being called “the oldest bridge in the valley” on Sunday.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void ReportedSpeech_WhenSaidThat()
    {
        var doc = Run("[Nora Quist](PER#q) said that the mill would close in March.");
        var q = Single(doc);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("the mill would close in March", doc.Slice(q.Content));
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void ReportedSpeech_WhenAccordingToLeads()
    {
        var doc = Run("According to [Pia Strand](PER#s), head of the rescue service, 40 people were evacuated.");
        var q = Single(doc);
        Assert.Equal("40 people were evacuated", doc.Slice(q.Content));
        Assert.Equal("according to", q.Cue);
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void ReportedSpeech_WhenAttributionTrails()
    {
        var doc = Run("Three bridges were closed overnight, the [transport ministry](ORG#t) said.");
        var q = Single(doc);
        Assert.Equal("Three bridges were closed overnight", doc.Slice(q.Content));
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void ReportedSpeech_WhenEstimatesThat()
    {
        var doc = Run("[Norland](LOC#n) estimates that over 300 homes were damaged.");
        var q = Single(doc);
        Assert.Equal("estimates", q.Cue);
        Assert.Equal("over 300 homes were damaged", doc.Slice(q.Content));
    }

    [Fact]
    public void ReportedContent_EndsAtNextAttributionInSentence()
    {
        var doc = Run("[Norland](LOC#n) estimates that 300 homes were damaged, with the [Red Cross](ORG#rc) estimating that 900 people left.");
        Assert.Equal(2, doc.Quotes.Length);
        Assert.Equal("300 homes were damaged", doc.Slice(doc.Quotes[0].Content));
        Assert.Equal("e2", doc.Quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void QuotedAsSaying_GivesSpeakerBeforeIt()
    {
        var doc = Run("“The border stays shut,” [Karl Ostrov](PER#k) was quoted as saying.");
        var q = Single(doc);
        Assert.Equal("quoted as saying", q.Cue);
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void Pronoun_ResolvesToNearestPersonBefore()
    {
        var doc = Run("[Ada Mertens](PER#m) visited the site on Monday. “It is worse than we feared,” she said.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("she", doc.Slice(q.Speaker.Span));
    }

    [Fact]
    public void RoleDescription_ResolvesToCompatibleEntity()
    {
        var doc = Run("Danish Prime Minister [Ulla Berg](PER#u) met [Jon Vik](PER#v). The Danish prime minister told reporters the talks had failed.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("The Danish prime minister", q.Speaker.Description);
    }

    [Fact]
    public void Bystander_IsNotTheLastPersonNamed()
    {
        var doc = Run("[Dario Venn](PER#v) was shot twice near the station. The witness told detectives she could not see the shooter clearly.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("The witness", q.Speaker.Name);
    }

    [Fact]
    public void Bystander_IsThePersonTheArticleGaveTheRole()
    {
        var doc = Run("Witness [Mara Quist](PER#q) saw the crash. The witness told detectives she could not see the driver.");
        Assert.Equal("e1", Single(doc).Speaker!.EntityId);
    }

    [Fact]
    public void UnnamedDescription_TiedToNamedPerson()
    {
        var doc = Run("[Ulla Berg](PER#u) spoke on Monday. “We are not worried,” an aide to [Berg](PER#u) said.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("an aide to Berg", q.Speaker.Description);
    }

    [Fact]
    public void UnnamedDescription_KeptWithoutEntity()
    {
        var doc = Run("“The deal is off,” a senior official said.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("a senior official", q.Speaker.Description);
    }

    [Fact]
    public void OfficeSpeaker_LinksToPerson()
    {
        var doc = Run("According to a statement from [Berg](PER#u)’s office, the ferry service will resume.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("statement", q.Channel);
    }

    [Fact]
    public void Channel_WhenSaidInAStatement()
    {
        var doc = Run("“Repairs will take a year,” [Ana Ortiz](PER#o) said in a statement.");
        Assert.Equal("statement", Single(doc).Channel);
    }

    [Fact]
    public void Channel_WhenTweetAside()
    {
        var doc = Run("[Ana Ortiz](PER#o), in a tweet, said the port must avoid “needless delays”.");
        var reported = Single(doc, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("tweet", reported.Channel);
    }

    [Fact]
    public void RelayedSource_GoesInVia()
    {
        var doc = Run("The mayor is planning to resign, even claiming that the council has failed him, Reuters reported.");
        var q = Single(doc);
        Assert.Equal("Reuters", q.Via);
        Assert.Equal("claiming", q.Cue);
    }

    [Fact]
    public void RelayedSource_AfterACommaInsideTheClosingQuoteMark_GoesInVia()
    {
        var doc = Run("[Ana Ortiz](PER#o) issued a statement that claimed the talks had stalled until the deal is “signed,” according to the Harbour Times.");
        var q = Single(doc, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("Harbour Times", q.Via);
        Assert.DoesNotContain("according", doc.Slice(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void DateOrClauseAfterTheCue_IsNotASecondContent()
    {
        var doc = Run("The toll has risen to 52, Governor [Ana Ortiz](PER#o) said on Friday, October 17, as rescue teams reached the hall.");
        var q = Single(doc);
        Assert.Equal("The toll has risen to 52", doc.Slice(q.Content));
    }

    [Fact]
    public void BarePluralSpeaker_IsAGroup_NotThePersonNamedBefore()
    {
        var doc = Run("[Tomas Ried](PER#r) visited the plant. The blast shattered windows two kilometres away, residents said.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("residents", q.Speaker.Name);
    }

    [Fact]
    public void ArchiveStyleQuoteMarks_AreQuotes()
    {
        var doc = Run("''The levee held,'' said [Tomas Ried](PER#r), the engineer. He added: ``We were lucky.''");
        var direct = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(["The levee held", "We were lucky."], direct.Select(q => doc.Slice(q.Content)));
        Assert.All(direct, q => Assert.Equal("Tomas Ried", q.Speaker!.Name));
    }

    [Fact]
    public void NameWithoutEntityLayer_StillNamesSpeaker()
    {
        var doc = Run("“We will rebuild,” Marta Solberg said.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("Marta Solberg", q.Speaker.Name);
    }

    [Fact]
    public void SpeakerInPrepositionalPhrase_UsesClauseSubject()
    {
        var doc = Run("[Karl Ostrov](PER#k) in a call with [Ulla Berg](PER#u) on Friday reportedly said the border would stay shut.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("call", q.Channel);
    }

    [Fact]
    public void QuotesAreNumberedInTextOrder()
    {
        var doc = Run("[Ana Ortiz](PER#o) said the road was open. “It is,” she said. Later, [Ana Ortiz](PER#o) said the bridge was closed again.");
        Assert.Equal(["q1", "q2", "q3"], doc.Quotes.Select(q => q.Id));
        Assert.True(doc.Quotes[0].Span.Start < doc.Quotes[1].Span.Start);
    }

    [Fact]
    public void Annotate_WhenRunTwice_ReplacesLayer()
    {
        var stage = new QuotesStage();
        var doc = DocMarkup.Parse("“We will rebuild,” [Ana Ortiz](PER#o) said.");
        var once = stage.Annotate(doc, CancellationToken.None);
        var twice = stage.Annotate(once, CancellationToken.None);
        Assert.Equal(once.Quotes.Length, twice.Quotes.Length);
    }

    [Fact]
    public void FloatingQuote_WithoutCue_ContinuesSpeaker()
    {
        var doc = Run("\"It is too early to say,\" [Paula Chen](PER#p) said. \"But we are not ruling anything out at all.\"");
        Assert.Equal("e1", doc.Quotes.Single(q => doc.Slice(q.Content).StartsWith("But we", StringComparison.Ordinal)).Speaker!.EntityId);
    }

    [Fact]
    public void Police_AreThePoliceNamedInTheArticle_NeverTheLastCompanyNamed()
    {
        var unnamed = Run("Staff at [Harbour Freight](ORG#h) hid in a storeroom. The gunman fled in a grey van, police said.");
        Assert.Equal(("police", (string?)null), (unnamed.Quotes[0].Speaker!.Name, unnamed.Quotes[0].Speaker!.EntityId));

        var named = Run("The [Ostra Police Department](ORG#p) sealed the street. Staff at [Harbour Freight](ORG#h) hid in a storeroom. The gunman fled in a grey van, police said.");
        Assert.Equal("Ostra Police Department", named.Quotes.Single().Speaker!.Name);
    }

    [Fact]
    public void QuoteIntroducedWithAColon_IsTheIntroducersEvenWhenAnotherCueFollows()
    {
        var doc = Run("Museum director [Ines Moreau](PER#m) said: \"She was a rare talent and a very dear person.\" [Pavel Dunst](PER#d) said the gallery would close on Friday.");
        Assert.Equal("Ines Moreau", WithContent(doc, "She was a rare talent and a very dear person.").Speaker!.Name);
    }

    [Theory]
    [InlineData("\"He has style and a sense of occasion,\" [Moreau](PER#m) and [Dunst](PER#d) said in a joint statement.")]
    [InlineData("\"He has style and a sense of occasion,\" said [Ines Moreau](PER#m) and [Pavel Dunst](PER#d).")]
    public void TwoPeopleSpeakingTogether_AreNamedAsThePair(string markup)
    {
        var doc = Run("Producers [Ines Moreau](PER#m) and [Pavel Dunst](PER#d) chose the host. " + markup);
        var q = WithContent(doc, "He has style and a sense of occasion");
        Assert.Equal(("Ines Moreau and Pavel Dunst", (string?)null), (q.Speaker!.Name, q.Speaker.EntityId));
    }

    [Fact]
    public void QuoteAClauseIntroducesWithAColon_IsItsSubjects_AndARoleFindsThePersonTitledSo()
    {
        var doc = Run("Judge [Omar Vedel](PER#v) sentenced [Brandt](PER#b) on Saturday.\n\n\"I am sorry,\" [Brandt](PER#b) said.\n\n"
            + "The judge had advice for anyone who deals with [Brandt](PER#b) in the future:\n\n\"Do not trust him ever again. Ever again.\"");
        var advice = WithContent(doc, "Do not trust him ever again. Ever again.");
        Assert.Equal(("Omar Vedel", "The judge"), (advice.Speaker!.Name, advice.Speaker.Description));
    }

    [Fact]
    public void She_IsNotTheManNamedLast()
    {
        var doc = Run("Painter [Maria Linden](PER#l) died on Thursday, her agent [Tomas Reyes](PER#r) said.\n\n\"I never liked being photographed,\" she said in 1998.");
        Assert.Equal("Maria Linden", WithContent(doc, "I never liked being photographed").Speaker!.Name);
    }

    [Fact]
    public void SaidNothing_IsNotReportedSpeech()
    {
        Assert.Empty(Run("[Omar Vedel](PER#v), 41, said nothing after officers surrounded his car on the bridge.").Quotes);
        Assert.Single(Run("[Omar Vedel](PER#v) said the bridge would stay closed until the spring.").Quotes);
    }

    [Fact]
    public void ScareQuote_WhenSoCalled_IsNotAQuote()
    {
        var doc = Run("The so-called “peace plan” was published in March.");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“”“”\"\"\"")]
    [InlineData("said said said according to")]
    [InlineData("“unclosed quote running on\n\n“and on")]
    [InlineData(", said , according to , ,")]
    public void PathologicalInput_StaysWellFormed(string text)
    {
        var doc = Run(text.Replace("[", "\\[", StringComparison.Ordinal));
        Assert.All(doc.Quotes, q => Assert.True(q.Span.Contains(q.Content)));
    }

    [Fact]
    public void DirectQuote_WhenABracketedAsideStandsBetweenNameAndCue()
    {
        var doc = Run("\"The vote was never in doubt,\" Rep. [Dana Whitfield](PER#w) (D-Ore.) said Friday.");
        var q = Single(doc);
        Assert.Equal("Dana Whitfield", q.Speaker!.Name);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void ReportedClause_WhenABracketedAsideStandsBetweenNameAndCue()
    {
        var doc = Run("Sen. [Tom Harlow](PER#h) (R-Kan.) said he did not expect the bill to pass this year.");
        var q = Single(doc);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Tom Harlow", q.Speaker!.Name);
    }

    [Fact]
    public void DirectQuote_WhenALongDescriptionFollowsTheSpeakersName()
    {
        var doc = Run("\"The plan does not add up,\" [Ruth Okonjo](PER#r), director of a tax research centre and a professor at a college in the north of the country, said of the budget.");
        var q = Single(doc);
        Assert.Equal("Ruth Okonjo", q.Speaker!.Name);
    }

    [Theory]
    [InlineData("When [Mara Quist](PER#q) noted that the plant had been closed for weeks, the room fell silent.", "Mara Quist")]
    [InlineData("The mayor pointed to reports that [Ivo Brandt](PER#b) claimed the contract had been signed in secret.", "Ivo Brandt")]
    public void ReportedClause_SpeakerLeavesOutTheConjunctionBeforeTheName(string markup, string speaker)
    {
        var doc = Run(markup);
        var q = Single(doc, x => x.Speaker?.Name == speaker);
        Assert.DoesNotContain(doc.Quotes, x => doc.Slice(x.Speaker!.Span).StartsWith("When", StringComparison.Ordinal) || doc.Slice(x.Speaker!.Span).StartsWith("that", StringComparison.Ordinal));
        Assert.Equal(speaker, doc.Slice(q.Speaker!.Span));
    }

    [Fact]
    public void ReportedClause_ATimeBeforeTheCueIsNoSpeaker()
    {
        var doc = Run("[Harbor Bank](ORG#h) just this month announced it would close twelve branches in the region.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker is { } s && doc.Slice(s.Span) == "this month");
    }

    [Fact]
    public void DirectQuote_WhenABracketedAsideAndADescriptionFollowTheName()
    {
        var doc = Run("\"Nobody here will get an immunity deal,\" Rep. [Dale Ormsby](PER#o) (R-Ohio), a member of the oversight panel, said in a phone interview.");
        var q = Single(doc);
        Assert.Equal("Dale Ormsby", q.Speaker!.Name);
    }

    [Fact]
    public void ReportedClause_WhenTheCueIsTheSecondVerbOfItsSubject()
    {
        var doc = Run("[Nora Vance](PER#v) urged the delegates to vote with their conscience and said she would not endorse the nominee.");
        var q = Single(doc);
        Assert.Equal("Nora Vance", q.Speaker!.Name);
        Assert.Equal("she would not endorse the nominee", doc.Slice(q.Content));
    }

    [Theory]
    [InlineData("[Lena Ortiz](PER#o), 34, a nurse from Dayton, said she had waited six hours to vote.", "Lena Ortiz", "she had waited six hours to vote")]
    [InlineData("[Amos Reed](PER#r), 61, of Toledo, Ohio, said he would sit this election out.", "Amos Reed", "he would sit this election out")]
    [InlineData("[Ruth Kell](PER#k), the head of the teachers' union, which backed Mrs. Hale in May, said that the vote would be close.", "Ruth Kell", "the vote would be close")]
    [InlineData("But [Iris Noor](PER#n), who toured the port with Mr. Adler last week, said the cranes were idle.", "Iris Noor", "the cranes were idle")]
    public void ReportedClause_WhenSeveralAsidesStandBetweenTheOpeningNameAndTheCue(string markup, string speaker, string content)
    {
        var doc = Run(markup);
        var q = Single(doc, x => x.Speaker?.Name == speaker);
        Assert.Equal(speaker, doc.Slice(q.Speaker!.Span));
        Assert.EndsWith(content, doc.Slice(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportedClause_AfterAClauseOpeningWithAPreposition_TakesNoSpeakerFromIt()
    {
        var doc = Run("In [Dayton](LOC#d), a city of farms and factories, said to be the state's bellwether, turnout was high.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker is { } s && doc.Slice(s.Span).Contains("Dayton", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportedClause_InARelativeAside_IsTheNamesAndEndsWithTheAside()
    {
        var doc = Run("[Jon Pike](PER#p), who said the audit had been rushed, resigned from the board on Monday.");
        var q = Single(doc);
        Assert.Equal("Jon Pike", q.Speaker!.Name);
        Assert.Equal("the audit had been rushed", doc.Slice(q.Content));
    }

    [Fact]
    public void ReportedClause_WhoWithoutAComma_IsNotAnAside()
    {
        var doc = Run("The driver who said he saw the crash left before the police arrived.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker is { } s && doc.Slice(s.Span).Contains("driver", StringComparison.Ordinal) && doc.Slice(q.Content).Contains("police", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Readers wrote in after the debate. “He forgets the people who build the walls he wants.” ― [Marta Ibarra](PER#i)", "―")]
    [InlineData("“Stay home tonight and keep off the roads.” — [Ellen Park](PER#p) (@GovPark) March 3, 2016", "—")]
    public void DirectQuote_SignedWithADashAndAName_IsThatPersons(string markup, string dash)
    {
        var doc = Run(markup);
        var q = Single(doc);
        Assert.Equal(dash, q.Cue);
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void DirectQuote_ADashOpeningAnAside_SignsNothing()
    {
        var doc = Run("“Nobody will be left behind after the flood this spring” — And Then She Left the stage to loud cheers.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue is "—");
    }

    [Fact]
    public void DirectQuote_AfterTheCue_ADescriptionWithAnAgeSpeaks()
    {
        var doc = Run("\"We print for local artists first,\" says the 41-year-old founder of the press.");
        var q = Single(doc);
        Assert.Equal("the 41-year-old founder of the press", doc.Slice(q.Speaker!.Span));
    }

    [Fact]
    public void DirectQuote_APlaceBeforeARole_IsNotTheSpeaker()
    {
        var doc = Run("\"The ferry has not come for a week,\" says the retired [Oban](LOC#o) teacher.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("the retired Oban teacher", q.Speaker.Name);
    }

    [Fact]
    public void ReportedClause_WhenAnAsideHoldsAnAbbreviation()
    {
        var doc = Run("[Wen Hollis](PER#h), a mechanic based in Kansas City, Mo., and an organizer at a rail union, said the cold takes a toll on brakes.");
        var q = Single(doc);
        Assert.Equal("Wen Hollis", q.Speaker!.Name);
    }

    [Fact]
    public void ReportedClause_AParticipleAfterTheAttributionIsNotMoreOfWhatWasSaid()
    {
        var doc = Run("Forty people were still missing on Wednesday, the [Harbour Red Cross](ORG#r) said, raising fears of a higher toll.");
        var q = Single(doc);
        Assert.Equal("Forty people were still missing on Wednesday", doc.Slice(q.Content));
    }

    [Fact]
    public void RelativeAside_WithACueAndNoClause_ReportsNothing()
    {
        var doc = Run("[Omar Tell](PER#t), who writes about food policy on his blog, joined the panel in May.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void States_AsANoun_IsNoCue()
    {
        var doc = Run("Fifty member states have French as a common language.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void ARole_IsNotTheLastPersonNamed_WithoutThatRole()
    {
        var doc = Run("[Luke Pigeon](PER#p) lives next door. \"The beams were never inspected,\" the engineer said.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("the engineer", q.Speaker.Name);
    }

    [Fact]
    public void AnOffice_IsTheLastPersonNamed_WhenNoneHoldsItByTitle()
    {
        var doc = Run("Still, Mr. [Trane](PER#t) welcomed the offer. \"This is very good news for the region,\" the president said.");
        Assert.Equal("e1", Single(doc).Speaker!.EntityId);
    }

    [Fact]
    public void QuoteOverTwoLines_IsOneQuote_WithTheSpeakerAfterIt()
    {
        var doc = Run("[Bo Lind](PER#b) spoke first.\n\"I believe the killer did not win.\nHe said himself he could not stay in jail,\" said [Tina Gray](PER#g).");
        var q = Single(doc);
        Assert.Equal("e2", q.Speaker!.EntityId);
        Assert.StartsWith("I believe", doc.Slice(q.Content), StringComparison.Ordinal);
        Assert.EndsWith("stay in jail", doc.Slice(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void StraightMarkAfterAComma_ClosesTheQuote_HoweverSpaced()
    {
        var doc = Run("[Bo Lind](PER#b) spoke first.\n\"It was not typical noise.\nYou felt something was wrong, \"[Luke Pigeon](PER#p) told reporters.");
        var q = Single(doc);
        Assert.Equal("e2", q.Speaker!.EntityId);
    }

    [Fact]
    public void CueAndCommaEndingTheLineBefore_IntroduceTheQuote()
    {
        var doc = Run("[Ed Marks](PER#m) praised the rule.\n[Andrew Wetzel](PER#w), director of a conservation group, commented,\n\"This administration has rejected anything with a whiff of science.\"");
        var q = Single(doc, x => x.Kind == QuoteKind.Direct);
        Assert.Equal("e2", q.Speaker!.EntityId);
        Assert.Equal("commented", q.Cue);
    }

    [Fact]
    public void AccordingTo_IsNeverPartOfASpeaker()
    {
        var doc = Run("According to news reports that began at noon, claim that the fire at the bank has led to the death of three workers.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker is { } s && s.Name.Contains("According", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TokenisedText_WithSpacesInsideTheMarks_StillQuotes()
    {
        var doc = Run("[Ada Roth](PER#r) spoke after the vote.\n\" The harbour will reopen next week, \" she said.");
        var q = Single(doc);
        Assert.Equal("The harbour will reopen next week", doc.Slice(q.Content));
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void PointsOutThat_Reports()
    {
        var doc = Run("[Ida Foss](PER#f) points out that the ferry rule shut out most of the island's families.");
        var q = Single(doc);
        Assert.Equal("points out", q.Cue);
        Assert.Equal("e1", q.Speaker!.EntityId);
    }

    [Fact]
    public void AttributionBeforeASemicolon_ReportsBothSides()
    {
        var doc = Run("The porters had two aims, [Ida Foss](PER#f) writes; to be paid fairly and to be called by their own names.");
        Assert.Equal(2, doc.Quotes.Count(q => q.Speaker?.EntityId == "e1"));
    }

    [Fact]
    public void AFirstNameThatIsAlsoAModal_StillNamesTheSpeaker()
    {
        var doc = Run("[Will Tarrant](PER#t), a mechanic based in Kansas City, Mo., and an organizer at a rail union, said the cold takes a toll on brakes.");
        Assert.Equal("e1", Single(doc).Speaker!.EntityId);
    }

    [Fact]
    public void SecondVerb_AfterAnOpeningPhrase_IsTheSubjectsAfterIt()
    {
        var doc = Run("In an interview with a radio station on Monday, Secretary of State [Dana Pirelli](PER#p) praised the ceasefire and said she did not expect the dispute to affect it.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("Secretary of State Dana Pirelli", doc.Slice(q.Speaker.Span));
    }

    [Theory]
    [InlineData("Amid rising rents, a new report shows there could be worse to come for tenants this year.")]
    [InlineData("A final report is to be released in the spring, the agency added nothing more.")]
    [InlineData("He smoked, but the medical examiner's report would later classify him as a naive user.")]
    public void ACueWordUsedAsANoun_ReportsNothing(string text) =>
        Assert.DoesNotContain(Run(text).Quotes, q => q.Kind == QuoteKind.Indirect && q.Cue is "report" or "reports");

    [Fact]
    public void AComparisonWithWhatSomeoneSays_IsNoReport()
    {
        var doc = Run("A claim the costs are lower than [Harbour Transit](ORG#t) says they are could make the promise more attractive.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void ATimeOpeningTheSentence_IsNoPartOfTheSpeaker()
    {
        var doc = Run("On Wednesday [Norcrest](ORG#n) disclosed that it had received two payments for its northern operations.");
        Assert.Equal("Norcrest", doc.Slice(Single(doc).Speaker!.Span));
    }

    [Fact]
    public void AReportedQuestion_IsReportedSpeech()
    {
        var doc = Run("[Nora Vance](PER#v) asked reporters whether the ferry would run again before the winter.");
        var q = Single(doc);
        Assert.Equal("e1", q.Speaker!.EntityId);
        Assert.Equal("whether the ferry would run again before the winter", doc.Slice(q.Content));
    }

    [Theory]
    [InlineData("Voters were asked about the race. Several said they would rather see an outsider win.", "Several")]
    [InlineData("Voters were asked about the race, and 47 percent said they would vote for the mayor again.", "47 percent")]
    [InlineData("Voters were asked about the race. Nearly half said they had not decided.", "Nearly half")]
    [InlineData("Voters were asked about the mayor. Six in 10 say she is at least somewhat decisive.", "Six in 10")]
    [InlineData("Voters were asked about the mayor. But 4 in 10 said she would lose.", "4 in 10")]
    [InlineData("Voters were asked about the mayor. More than 4 in 10 said she would lose.", "More than 4 in 10")]
    [InlineData("Voters were asked about the mayor. Fewer than half said she would win.", "Fewer than half")]
    [InlineData("Voters were asked about the mayor. In the north, about half of the voters said she would win.", "about half of the voters")]
    [InlineData("Voters were asked about the mayor. Some delegates in Harbour City said she would win.", "Some delegates")]
    [InlineData("Voters were asked about the mayor. Nearly 40 percent of the delegates said she would win.", "Nearly 40 percent of the delegates")]
    public void AShareOfThoseAsked_Speaks(string text, string speaker)
    {
        var doc = Run(text);
        var q = Single(doc);
        Assert.Equal(speaker, doc.Slice(q.Speaker!.Span));
        Assert.Null(q.Speaker.EntityId);
    }

    [Theory]
    [InlineData("The ferry was moved to a pier at Harbour Point, officials said.", "officials", "The ferry was moved to a pier at Harbour Point")]
    [InlineData("The ferry was moved to a pier at Harbour Point, the mayor said.", "the mayor", "The ferry was moved to a pier at Harbour Point")]
    [InlineData("Relatives saw the tape on Thursday, lawyers for the family said.", "lawyers for the family", "Relatives saw the tape on Thursday")]
    [InlineData("The talks broke down from there, said one source in the room.", "one source", "The talks broke down from there")]
    [InlineData("Experts said the new test could change that.", "Experts", "the new test could change that")]
    [InlineData("The mayor said the depot would close in an interview on Sunday.", "The mayor", "the depot would close")]
    [InlineData("The mayor said the depot would close in a year.", "The mayor", "the depot would close in a year")]
    [InlineData("She said that, if elected, she would close the depot.", "She", "if elected, she would close the depot")]
    [InlineData("Rep. Ann Vale (D-N.Y.) said members will help her raise money.", "Rep. Ann Vale", "members will help her raise money")]
    [InlineData("The ferry was sold in secret, the port authority's report said.", "the port authority's report", "The ferry was sold in secret")]
    [InlineData("In an interview on Thursday, the Harbour Republican criticized the plan and said voters wanted more.", "the Harbour Republican", "voters wanted more")]
    [InlineData("Just 28 percent of voters said they had a positive view of the mayor.", "Just 28 percent of voters", "they had a positive view of the mayor")]
    [InlineData("Some delegates at the convention said they welcomed the debate.", "Some delegates at the convention", "they welcomed the debate")]
    [InlineData("Vale said in an interview with the Harbour Gazette last week that she would not run.", "Vale", "she would not run")]
    [InlineData("The budget office said about half of the gap reflected lost revenue.", "The budget office", "about half of the gap reflected lost revenue")]
    [InlineData("The crowd cheered Ann Vale, who said she would only run once, in the end.", "Ann Vale", "she would only run once")]
    [InlineData("The head of the agency, Ann B. Vale, said that the files were private.", "Ann B. Vale", "the files were private")]
    [InlineData("Ann Vale, head of production for Harbour Films, located down the street, said they had heard shots.", "Ann Vale", "they had heard shots")]
    [InlineData("Ann Vale -- co-editor of Harbour Notes, a book about debates -- said the mayor tended to make announcements.", "Ann Vale", "the mayor tended to make announcements")]
    [InlineData("The mayor and the governor said the deal was fair.", "The mayor and the governor", "the deal was fair")]
    [InlineData("Prices rose and analysts said the trend would continue.", "analysts", "the trend would continue")]
    [InlineData("Ann Vale — co-editor of Harbour Notes — said the mayor tended to make announcements.", "Ann Vale", "the mayor tended to make announcements")]
    [InlineData("Her chairman Tom Reed said — on the radio, as it happens — that the campaign raised $4 million.", "Her chairman Tom Reed", "the campaign raised $4 million")]
    public void ReportedSpeech_FindsItsSpeakerAndContent(string text, string speaker, string content) => AssertSingleReport(text, speaker, content);

    [Theory]
    [InlineData("According to exit polls, the mayor had a ten-point lead among older voters.", "exit polls", "the mayor had a ten-point lead among older voters")]
    [InlineData("The host often mocked his guests, according to show insiders.", "show insiders", "The host often mocked his guests")]
    [InlineData("Half of the advice is unproven — or plainly wrong — according to a leading medical journal.", "a leading medical journal", "Half of the advice is unproven — or plainly wrong")]
    [InlineData("According to a new report by Harbour Gazette, party officials are trying to raise turnout.", "a new report by Harbour Gazette", "party officials are trying to raise turnout")]
    public void AccordingTo_NamesAnySource(string text, string source, string content) => AssertSingleReport(text, source, content);

    [Theory]
    [InlineData("“They are wrong,” said 9/11 widow Ann Vale.", "9/11 widow Ann Vale")]
    [InlineData("Said Vale: “I don't think she cares about the depot.”", "Vale")]
    [InlineData("Added the mayor, “We will rebuild.”", "the mayor")]
    [InlineData("Said Ann Vale, who grew up near the depot, “We were all so proud of it.”", "Ann Vale")]
    [InlineData("“Splitting the firm avoids disclosure,” the report said.", "the report")]
    [InlineData("''Splitting the firm avoids disclosure,'' the agency's report says.", "the agency's report")]
    public void DirectQuote_SignedByANameAfterANumber_AReport_OrAnOpeningCue_HasItsSpeaker(string text, string speaker)
    {
        var doc = Run(text);
        Assert.Equal(speaker, doc.Slice(Single(doc).Speaker!.Span));
    }

    [Fact]
    public void ANounAfterADemonstrative_IsNoCue() =>
        Assert.DoesNotContain(Run("Rep. Ann Vale (R-S.C.) said that claim smacked of hypocrisy.").Quotes, q => q.Cue == "claim");

    [Theory]
    [InlineData("The result, according to a survey of clubs by Harbour Gazette, is 352 missing children.")]
    [InlineData("The reporter tells us about a growing concern over the ferry.")]
    [InlineData("The Harbour Gazette reported on Monday and said the mayor would resign.")]
    public void NoContent_IsReported(string text) =>
        Assert.DoesNotContain(Run(text).Quotes, q => q.Cue is "according to" or "tells" or "reported");

    [Theory]
    [InlineData("Ann Vale Says Harbour Depot Will Close in Spring\n\nThe depot opened in 1990.", "Ann Vale", "Harbour Depot Will Close in Spring")]
    [InlineData("Harbour Depot Will Close in Spring, Port Mayor Says\n\nThe depot opened in 1990.", "Port Mayor", "Harbour Depot Will Close in Spring")]
    public void AHeadlinesCapitalisedCue_Reports(string text, string speaker, string content) => AssertSingleReport(text, speaker, content);

    [Fact]
    public void ACapitalisedCueInAnOrdinarySentence_IsNoCue() =>
        Assert.Empty(Run("The film Mother Says Goodbye opened on Friday in three cities.").Quotes);

    [Fact]
    public void TranscriptTurns_AreTheLabelledSpeakersWords()
    {
        var doc = Run("[Ann Vale](PER#v) spoke to [Tom Reed](PER#r) on Sunday.\n\nREED: Will the depot close?\n\nVALE: Not this year. We have the money.\n\nREED: And next year?\n\nVALE: We will see.");
        Assert.Equal(4, doc.Quotes.Length);
        Assert.All(doc.Quotes, q => Assert.Equal(":", q.Cue));
        Assert.Equal(["e2", "e1", "e2", "e1"], doc.Quotes.Select(q => q.Speaker!.EntityId));
        Assert.Equal("Not this year. We have the money.", doc.Slice(doc.Quotes[1].Content));
    }

    [Theory]
    [InlineData("[Ann Vale](PER#v) spoke.\n\nREAD MORE: Depot to close\n\nWATCH: The depot at night\n\nREAD MORE: Ferry delayed")]
    [InlineData("HARBOUR CITY: The depot will close.\n\nMAYOR: none of this was said.\n\nNOTE: this is a test.")]
    public void CapitalLabelsThatNameNobody_AreNoTranscript(string markup) =>
        Assert.DoesNotContain(Run(markup).Quotes, q => q.Cue == ":");

    [Theory]
    [InlineData("[Ann Vale](PER#v): Voters Worried About the Depot\n\n[Ann Vale](PER#v) spoke on Monday.", "Ann Vale", "Voters Worried About the Depot")]
    [InlineData("[Vale](PER#v): Voters Worried About the Depot\n\n[Ann Vale](PER#v) spoke on Monday.", "Ann Vale", "Voters Worried About the Depot")]
    [InlineData("Poll: Most Residents Back the Mayor\n\nThe poll came out on Monday.", "Poll", "Most Residents Back the Mayor")]
    public void AHeadlineLabel_IsItsSource(string markup, string speaker, string content)
    {
        var doc = Run(markup);
        var q = Single(doc);
        Assert.Equal((":", speaker, content), (q.Cue, q.Speaker!.Name, doc.Slice(q.Content)));
    }

    [Theory]
    [InlineData("Update: The Depot Will Close\n\nThe depot closes in May.")]
    [InlineData("[Harbour City](LOC#h): The Depot Will Close\n\nThe depot in [Harbour City](LOC#h) closes in May.")]
    [InlineData("The depot closes in May.\n\n[Ann Vale](PER#v): the money is there.\n\n[Ann Vale](PER#v) spoke on Monday.")]
    public void ALabelThatNamesNoSource_OrNotOpeningTheText_IsNoHeadlineReport(string markup) =>
        Assert.DoesNotContain(Run(markup).Quotes, q => q.Cue == ":");

    [Fact]
    public void ARestrictiveRelative_SpeaksForItsPeople()
    {
        var doc = Run("The mayor won among the 30 percent of voters who said the depot should close.");
        Assert.Equal("the 30 percent of voters", doc.Slice(Single(doc).Speaker!.Span));
        Assert.Empty(Run("Ann Vale, an expert who writes extensively about ports, noted the depot was old.").Quotes.Where(q => q.Cue == "writes"));
    }

    [Fact]
    public void TwoCoordinatedCues_EachReportTheirOwnClause()
    {
        var doc = Run("She said the attacks had given her campaign momentum and said that Reed did not speak for the party.");
        Assert.Equal(["the attacks had given her campaign momentum", "Reed did not speak for the party"], doc.Quotes.Select(q => doc.Slice(q.Content)));
    }

    [Theory]
    [InlineData("A Harbour Gazette poll shows that most residents favour the mayor.", "A Harbour Gazette poll", "most residents favour the mayor")]
    [InlineData("The study found that the depot had been unsafe for years.", "The study", "the depot had been unsafe for years")]
    [InlineData("The latest Harbour Institute poll released Friday shows that the mayor leads by six points.", "The latest Harbour Institute poll released Friday", "the mayor leads by six points")]
    [InlineData("The city average of polls taken over the past two weeks shows the mayor leading her rival.", "The city average of polls taken over the past two weeks", "the mayor leading her rival")]
    [InlineData("Video of the arrest shows that the man had his hands in the air.", "Video of the arrest", "the man had his hands in the air")]
    [InlineData("Donations hit $40 million through August, an analysis of new filings by the Harbour Courier shows.", "an analysis of new filings by the Harbour Courier", "Donations hit $40 million through August")]
    [InlineData("A county office report released last year found that the agency could not trace the money.", "A county office report released last year", "the agency could not trace the money")]
    [InlineData("A 2014 study that appeared in a medical journal found that half of the claims were wrong.", "A 2014 study that appeared in a medical journal", "half of the claims were wrong")]
    [InlineData("Yet a study by Harbour University and the University of Marlow found that poor children have the worst odds.", "a study by Harbour University and the University of Marlow", "poor children have the worst odds")]
    [InlineData("The transcript of the debate – published by the Harbour Post – shows that the mayor talked about the depot.", "The transcript of the debate – published by the Harbour Post –", "the mayor talked about the depot")]
    public void AFinding_IsReportedByItsSource(string text, string source, string content) => AssertSingleReport(text, source, content);

    [Fact]
    public void AHeadlinesFinding_IsReported_AndANameRunningPastItsSourceIsNotTheSpeaker()
    {
        var doc = Run("[New Harbour Poll Shows Minor Bump For The Mayor](ORG#h)\n\nThe mayor gained two points.");
        var q = Single(doc);
        Assert.Equal(("shows", "Minor Bump For The Mayor"), (q.Cue, doc.Slice(q.Content)));
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("New Harbour Poll", q.Speaker.Name);
    }

    [Fact]
    public void TheNounOfAFindingsSubject_IsNotItsCue()
    {
        var doc = Run("A county office report released last year found that the agency could not trace the money.");
        Assert.Equal("found", Single(doc).Cue);
    }

    [Fact]
    public void AFindingWithARelativeClause_IsTheFindingsNotTheNameInTheClause()
    {
        var doc = Run("A 2014 study that appeared in the [Marlow Medical Journal](ORG#j) found that half of the claims were wrong.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("A 2014 study", q.Speaker.Name);
    }

    [Fact]
    public void AFindingSeenFromInsideAnotherClause_IsNoReport() =>
        Assert.Empty(Run("The doctors who looked at data up to 2015 found the drug in half of the deaths.").Quotes);

    [Theory]
    [InlineData("The council member called for a moratorium on new towers.", "The council member", "a moratorium on new towers")]
    [InlineData("The mayor called on residents to stay indoors.", "The mayor", "residents to stay indoors")]
    [InlineData("The governor has called for higher spending on schools and an end to the hiring freeze.", "The governor", "higher spending on schools and an end to the hiring freeze")]
    public void ADemand_ReportsWhatWasCalledFor(string text, string speaker, string content) => AssertSingleReport(text, speaker, content);

    [Theory]
    [InlineData("Ellis pledged to push for a new vote on the depot.", "Ellis", "to push for a new vote on the depot")]
    [InlineData("The protesters vowed to remain calm through the night.", "The protesters", "to remain calm through the night")]
    [InlineData("The mayor promised to close the depot by May, raising fears of job losses.", "The mayor", "to close the depot by May")]
    [InlineData("The mayor promised to close the depot in a tense phone call with the union on Friday.", "The mayor", "to close the depot")]
    public void ACommitment_ReportsWhatIsCommittedTo(string text, string speaker, string content) => AssertSingleReport(text, speaker, content);

    [Theory]
    [InlineData("The union agreed to clean up the site by May.")]
    [InlineData("The owner threatened to close the store.")]
    [InlineData("The mayor pledged to the depot fund last year.")]
    public void ADealOrAThreatOrAGift_IsNoReport(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void ACrowdDescribedByAName_SpeaksForItself()
    {
        var doc = Run("Voters were asked about the depot. About a third of [Harbour](LOC#h) voters said they want it closed.");
        var q = Single(doc);
        Assert.Null(q.Speaker!.EntityId);
        Assert.Equal("a third of Harbour voters", q.Speaker.Name);
    }

    [Fact]
    public void ACueWordAfterACount_IsANoun() =>
        Assert.Empty(Run("Athletes came from more than 50 member states that have French as a common language.").Quotes);

    [Theory]
    [InlineData("The final call on the merger came late on Friday.")]
    [InlineData("Calls for a recount grew louder in the county.")]
    [InlineData("He made a call for help from the roof.")]
    public void CallAsANoun_IsNoReport(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void WhatSomeoneFound_IsNoReport() =>
        Assert.Empty(Run("Police found the body near the depot on Monday, and divers found that the car had sunk.").Quotes);

    [Theory]
    [InlineData("Vale noted the two are very close, which made the split harder.", "the two are very close, which made the split harder")]
    [InlineData("Last month the council announced the Games could prove too expensive for the city.", "the Games could prove too expensive for the city")]
    [InlineData("They noted his lawyer offered to appear at a closed session.", "his lawyer offered to appear at a closed session")]
    [InlineData("Vale noted clients are beginning to demand new teams.", "clients are beginning to demand new teams")]
    public void ACueWithoutThat_ReportsAClauseWithAFiniteVerb(string text, string content)
    {
        var doc = Run(text);
        Assert.Equal(content, doc.Slice(Single(doc).Content));
    }

    [Theory]
    [InlineData("Vale noted the rule in the interview last week.")]
    [InlineData("Vale noted the proposed rule in the interview last week.")]
    [InlineData("Vale noted the newly proposed rule in the interview last week.")]
    public void ACuesPlainObject_IsNoReport(string text) =>
        Assert.Empty(Run(text).Quotes);
}
