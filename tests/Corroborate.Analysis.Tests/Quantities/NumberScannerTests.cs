using Corroborate.Model;
using static Corroborate.Analysis.Tests.Quantities.QuantityFixtures;

namespace Corroborate.Analysis.Tests.Quantities;

/// <summary>Number forms news writes, each in a sentence written for this test.</summary>
public sealed class NumberScannerTests
{
    [Theory]
    [InlineData("The engine makes 300 hp at full throttle.", 300, "hp")]
    [InlineData("Torque peaks at 450 Nm early on.", 450, "Nm")]
    [InlineData("It has a 6.1-inch screen.", 6.1, "in")]
    [InlineData("The train reached 80 km/h on the bridge.", 80, "km/h")]
    [InlineData("Petrol averaged $2.11 per gallon in June.", 2.11, "USD per gallon")]
    [InlineData("They pay a $3,500 a month mortgage.", 3500, "USD per month")]
    [InlineData("The fine is 10.5 million Australian dollars at most.", 10.5e6, "AUD")]
    [InlineData("Tickets fetched HK $5.4m at auction.", 5.4e6, "HKD")]
    [InlineData("The chief was paid up to PS2.7m last year.", 2.7e6, "GBP")]
    [InlineData("The villa sold for $US55,931,000 in cash.", 55931000, "USD")]
    [InlineData("The rate fell to .001 per cent overall.", 0.001, "%")]
    [InlineData("Temperatures dropped to minus 20 degrees overnight.", -20, "degree")]
    [InlineData("A 50-year-old man was arrested.", 50, "years old")]
    [InlineData("The shares closed at 118.5p on Friday.", 118.5, "pence")]
    [InlineData("The laptop cost 1,200€ in the shop.", 1200, "EUR")]
    [InlineData("Its refinery handles 52,000 barrel-a-day of crude.", 52000, "barrel per day")]
    [InlineData("The stock trades at 6.5 times earnings.", 6.5, "times")]
    [InlineData("He coaches 400m runners in Leeds.", 400, "m")]
    [InlineData("The climber slipped, falling about 60m from a ridge.", 60, "m")]
    [InlineData("The council has 30m residents to serve.", 30e6, null)]
    [InlineData("Aid of $4.1m was pledged.", 4.1e6, "USD")]
    [InlineData("Firms spent 5 million pounds on it.", 5e6, "GBP")]
    [InlineData("The road cost Rs 500 crore to build.", 5e9, "INR")]
    [InlineData("The board approved a $1.50-a-share dividend.", 1.5, "USD per share")]
    [InlineData("The victim, aged 45, was named.", 45, "years old")]
    [InlineData("It took a couple of weeks.", 2, "week")]
    public void Value_AndUnit_AreNormalised(string text, double value, string? unit)
    {
        var q = Run(text).Quantities.First();
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Tickets cost between $40 and $55 each.", 40, 55, "USD")]
    [InlineData("Growth slowed from 4.8 to 4.7 percent this year.", 4.7, 4.8, "%")]
    [InlineData("Gusts of 15-22 miles per hour are forecast.", 15, 22, "mph")]
    [InlineData("Fees range from 1 per cent to 1.5 per cent a year.", 1, 1.5, "%")]
    [InlineData("The plan costs $89 to $93 billion in all.", 89e9, 93e9, "USD")]
    [InlineData("It took three or four weeks to fix.", 3, 4, "week")]
    [InlineData("Tens of thousands of people marched.", 1e4, 1e5, null)]
    [InlineData("Dozens of homes were flooded.", 12, 120, null)]
    public void Range_KeepsBothBounds(string text, double low, double high, string? unit)
    {
        var q = Run(text).Quantities.Single();
        Assert.Equal((low, high), (q.Low!.Value, q.High!.Value));
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void ChangeThenLevel_AreTwoFigures()
    {
        var doc = Run("The deficit widened by $43.6 billion to $419.2 billion.");
        Assert.Equal([43.6e9, 419.2e9], doc.Quantities.Select(q => q.Value));
    }

    [Theory]
    [InlineData("Nearly two-thirds of voters agreed.", 2.0 / 3)]
    [InlineData("Half of the staff left in May.", 0.5)]
    [InlineData("One in five adults smokes.", 0.2)]
    [InlineData("A third of the town lost power.", 1.0 / 3)]
    [InlineData("Add 1/4 of a cup of sugar.", 0.25)]
    public void Fractions_AreShares(string text, double value)
    {
        Assert.Equal(value, Run(text).Quantities.First().Value, 6);
    }

    [Theory]
    [InlineData("A category 4 storm hit the coast.")]
    [InlineData("The match was shown on BBC One last night.")]
    [InlineData("The rule is set out on page 12 of the report.")]
    [InlineData("Cases of Covid-19 rose.")]
    [InlineData("The bridge opened in 1907 after a long wait.")]
    [InlineData("He lived at 49 Zorro Ranch Road for years.")]
    [InlineData("It is a one-off payment.")]
    [InlineData("Water levels rose between 1600 and 1900 in the valley.")]
    [InlineData("Spending rose in 1998/99 and again in 2002/03.")]
    [InlineData("The seeds are Fiji (3) and Samoa (7) this year.")]
    [InlineData("He is the former world number one in tennis.")]
    [InlineData("They lost in Sunday's Six Nations match.")]
    [InlineData("Profits fell in the first half of the year.")]
    [InlineData("Music from the 1990s came back.")]
    public void Names_AreNotQuantities(string text)
    {
        Assert.Empty(Run(text).Quantities);
    }

    [Theory]
    [InlineData("Officials surveyed seven European countries last year.", "countries")]
    [InlineData("He ran for 517 rushing yards against them.", "yards")]
    [InlineData("The firm employs around 600 people worldwide.", "people")]
    [InlineData("She signed 14 first-team players in June.", "players")]
    [InlineData("Officials said 3,000 Moldovans crossed the border on Sunday.", "Moldovans")]
    [InlineData("The ferry carried 40 Passengers and crew.", "passengers")]
    public void Object_IsTheHeadNoun(string text, string noun)
    {
        Assert.Equal(noun, Run(text).Quantities.First().Object);
    }
}
