using Corroborate.Model;
using static Corroborate.Analysis.Tests.Quantities.QuantityFixtures;

namespace Corroborate.Analysis.Tests.Quantities;

public sealed class QuantitiesStageTests
{
    private static Quantity Figure(Document doc, double value) => doc.Quantities.First(q => q.Value == value);

    [Fact]
    public void Hedge_SetsBounds()
    {
        var doc = Run("Officials said over 300 people were evacuated and nearly 40 were hurt.");
        var over = Figure(doc, 300);
        Assert.Equal(("over", 300d, (double?)null), (over.Hedge, over.Low!.Value, over.High));
        var nearly = Figure(doc, 40);
        Assert.Equal(("nearly", (double?)null, 40d), (nearly.Hedge, nearly.Low, nearly.High!.Value));
    }

    [Fact]
    public void AFigureWithItsOwnOutcome_CountsNoEarlierObject()
    {
        var doc = Run("The county recorded 355 flu patients and 27 deaths on Sunday.");
        Assert.Equal(("patients", (string?)null), (Figure(doc, 355).Object, Figure(doc, 355).Measure));
        Assert.Equal(((string?)null, "dead"), (Figure(doc, 27).Object, Figure(doc, 27).Measure));
    }

    [Fact]
    public void UnaccountedFor_IsMissing()
    {
        var doc = Run("At least 60 are confirmed dead and 80 unaccounted for after the collapse.");
        Assert.Equal(("dead", "missing"), (Figure(doc, 60).Measure, Figure(doc, 80).Measure));
    }

    [Theory]
    [InlineData("The painter died at 91 in her studio on Sunday.")]
    [InlineData("The painter died on Sunday at the age of 91, her family said.")]
    [InlineData("Painter Ilse Marek, 91, died on Sunday in her studio.")]
    [InlineData("Painter Tomas Marek III, 91, was arrested on Sunday.")]
    [InlineData("A woman aged 91 died in the fire on Sunday.")]
    [InlineData("A 91 - year - old woman died in the fire on Sunday.")]
    [InlineData("The former envoy has died at age 91 of heart failure.")]
    public void Age_IsYearsOfAge_NotACountOfTheDead(string text)
    {
        var age = Figure(Run(text), 91);
        Assert.Equal(("years old", "age", (string?)null), (age.Unit, age.Object, age.Measure));
    }

    [Theory]
    [InlineData("The climber fell about 150 m to his death on the north face.")]
    [InlineData("The bill would let judges impose death penalties even if two jurors disagree.")]
    [InlineData("The injured striker has missed nine games and will miss the final two matches.")]
    [InlineData("The guard fired 11 shots before he was arrested.")]
    [InlineData("Hurt in October, he played on after missing four games.")]
    [InlineData("\"I saw an injured man being carried out,\" one woman told the radio.")]
    public void AMeasurement_OrAPunishment_CountsNoDead(string text)
    {
        var doc = Run(text);
        Assert.NotEmpty(doc.Quantities);
        Assert.All(doc.Quantities, q => Assert.Null(q.Measure));
    }

    [Fact]
    public void AnAge_IsNotWhatTheNextFigureCounts()
    {
        var doc = Run("The 52-year-old driver was charged after 4 died in the crash.");
        Assert.Equal(("age", (string?)"dead"), (Figure(doc, 52).Object, Figure(doc, 4).Measure));
        Assert.Null(Figure(doc, 4).Object);
    }

    [Fact]
    public void MotherOfTwo_CountsHerChildren_NotTheDead()
    {
        var doc = Run("A mother of two died when a car struck her on Friday.");
        Assert.Equal(("children", (string?)null), (Figure(doc, 2).Object, Figure(doc, 2).Measure));
    }

    [Theory]
    [InlineData("A 6.4-magnitude earthquake on Sunday killed at least 212 people.")]
    [InlineData("A magnitude 6.4 quake killed at least 212 people.")]
    public void AQuakesMagnitude_IsAMagnitude_NotACountOfTheDead(string text)
    {
        var doc = Run(text);
        Assert.Equal(("magnitude", (string?)null), (Figure(doc, 6.4).Unit, Figure(doc, 6.4).Measure));
        Assert.Equal("dead", Figure(doc, 212).Measure);
    }

    [Fact]
    public void ANumberInsideTheCountedPhrase_CountsAPartOfIt_NotTheDead()
    {
        var doc = Run("An air strike killed 10 members of one family in the valley.");
        Assert.Equal(("members", (string?)"dead"), (Figure(doc, 10).Object, Figure(doc, 10).Measure));
        Assert.Equal(("family", (string?)null), (Figure(doc, 1).Object, Figure(doc, 1).Measure));
    }

    [Fact]
    public void AnOutcomeNamedRightAfterTheNextFigure_IsThatFiguresOwn()
    {
        var doc = Run("Over the weekend 40 people were struck by gunfire resulting in 9 deaths, police said.");
        Assert.Null(Figure(doc, 40).Measure);
        Assert.Equal("dead", Figure(doc, 9).Measure);
    }

    [Fact]
    public void AnAgeRange_IsAges_AndLeavesTheOutcomeToTheCount()
    {
        var doc = Run("Eight people ranging in age from 2 to 86 died in the city.");
        Assert.Equal("dead", Figure(doc, 8).Measure);
        var ages = Figure(doc, 86);
        Assert.Equal(("age", (string?)null, 2d), (ages.Object, ages.Measure, ages.Low!.Value));
    }

    [Fact]
    public void OnlyASingularTimeUnit_ModifiesTheNounAfterIt()
    {
        Assert.Equal("call", Figure(Run("It was a 90-minute call with the mayor."), 90).Object);
        Assert.Null(Figure(Run("Concern reached its highest point in four years amid a spike in thefts."), 4).Object);
    }

    [Fact]
    public void TheAttacksThatKilled_AreNotTheDead_NorWhatTheNextFigureCounts()
    {
        var doc = Run("The two bombing attacks outside the depot killed 13 guards and 170 travellers.");
        Assert.Null(Figure(doc, 2).Measure);
        Assert.Equal(("guards", (string?)"dead"), (Figure(doc, 13).Object, Figure(doc, 13).Measure));
        Assert.Null(Figure(Run("At least 60 died overnight in the floods."), 60).Object);
    }

    [Fact]
    public void ACommaRightAfterTheFigure_EndsTheSearchForItsOutcome() =>
        Assert.Null(Figure(Run("The strike hit two border tunnels, as militants fired 250 rockets."), 2).Measure);

    [Fact]
    public void TheOutcomeVerbRightBeforeAFigure_TakesItAsItsObject()
    {
        var doc = Run("The quake killed more than 300 residents and injured at least 2,000 more.");
        Assert.Equal(("dead", (string?)"injured"), (Figure(doc, 300).Measure, Figure(doc, 2000).Measure));
        Assert.Equal("injured", Figure(Run("A gunman shot and wounded three people at a depot before killing himself."), 3).Measure);
    }

    [Fact]
    public void AcronymObject_KeepsItsCapitals_UnlessTheHeadlineShouts()
    {
        Assert.Equal("ATMs", Figure(Run("Thieves emptied 14 ATMs across the city overnight."), 14).Object);
        Assert.Equal("people", Figure(Run("Officials said 3 PEOPLE DIED IN THE FIRE."), 3).Object);
    }

    [Fact]
    public void DigitsGluedToAName_AreNoFigure()
    {
        var doc = Run("The Harbour City 76ers lost 52 games last season.");
        Assert.DoesNotContain(doc.Quantities, q => q.Value == 76);
        Assert.Equal("games", Figure(doc, 52).Object);
    }

    [Fact]
    public void Claim_HasObjectMeasureClaimantAndAsOf()
    {
        var doc = Run("According to [Maria Lopez](PER#m), head of the agency, 227 civilians had been killed and 525 injured as of Tuesday.");
        var killed = Figure(doc, 227);
        Assert.Equal(("civilians", "dead", "Maria Lopez"), (killed.Object, killed.Measure, killed.Claimant!.Name));
        Assert.Equal("2022-03-01", killed.AsOf.ToString());
        var injured = Figure(doc, 525);
        Assert.Equal(("civilians", "injured"), (injured.Object, injured.Measure));
    }

    [Theory]
    [InlineData("Well over 300 homes were damaged.", "well over", 300d, null)]
    [InlineData("Just below 40 were hurt.", "just below", null, 40d)]
    [InlineData("About 50 were rescued.", "about", null, null)]
    public void LongestHedge_SetsBounds(string text, string hedge, double? low, double? high)
    {
        var q = Run(text).Quantities.First();
        Assert.Equal((hedge, low, high), (q.Hedge, q.Low, q.High));
    }

    [Theory]
    [InlineData("It was the worst accident since 2011, when 31 divers drowned off the cape.", "2011")]
    [InlineData("In 2011, 31 divers drowned off the cape.", "2011")]
    [InlineData("By 2011 the club had 31 divers on its books.", "2022-03-03")]
    [InlineData("A storm killed 31 divers off the cape in 2011.", "2011")]
    [InlineData("The storm killed 31 divers, the coastguard said in 2011.", "2022-03-03")]
    public void AsOf_OfARecalledEvent_IsItsYear(string text, string asOf)
    {
        Assert.Equal(asOf, Figure(Run(text), 31).AsOf.ToString());
    }

    [Fact]
    public void AsOf_WrittenBeforeTheFigure_IsUsed()
    {
        var doc = Run("As of Tuesday, more than 800,000 people had fled the country.");
        var fled = Figure(doc, 800000);
        Assert.Equal(("people", "fled", "2022-03-01"), (fled.Object, fled.Measure, fled.AsOf.ToString()));
    }

    [Fact]
    public void OutletsOwnFigure_HasNoClaimant()
    {
        var doc = Run("The flood damaged 1,200 homes in the valley.");
        Assert.Null(Figure(doc, 1200).Claimant);
        Assert.Equal("homes", Figure(doc, 1200).Object);
    }

    [Theory]
    [InlineData("The company earned $1.13bn last year.", 1.13e9, "USD")]
    [InlineData("Sales rose by 76% in March.", 76, "%")]
    [InlineData("The deal is worth £600m.", 6e8, "GBP")]
    [InlineData("Over 1 million people fled.", 1e6, null)]
    [InlineData("Two officers were injured.", 2, null)]
    [InlineData("The talks lasted a 90-minute session.", 90, "minute")]
    public void Value_AndUnit_AreNormalised(string text, double value, string? unit)
    {
        var q = Run(text).Quantities.First();
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void DatesTimesAndOrdinals_AreNotQuantities()
    {
        var doc = Run("On March 3, 2022, at 6 p.m., the 3rd convoy left.");
        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void Range_KeepsBothBounds()
    {
        var q = Run("Between 200 and 300 workers joined the strike.").Quantities.Single();
        Assert.Equal((200d, 300d), (q.Low!.Value, q.High!.Value));
    }
}
