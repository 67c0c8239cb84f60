using Corroborate.Analysis.Entities;
using Corroborate.Model;
using static Corroborate.Analysis.Tests.Entities.EntityFixtures;

namespace Corroborate.Analysis.Tests.Entities;

/// <summary>The traps issue 3 names for canonical entities, on sentences written for these tests.</summary>
public sealed class EntityTrapsTests
{
    [Fact]
    public void RoleDescription_JoinsTheCurrentHolder_WhenAFormerHolderIsNamed()
    {
        var doc = Run("Former French President Nicolas Sarkozy criticised the pension plan on Sunday. "
            + "French President Emmanuel Macron defended it during a visit to Lyon. The French president said the reform would pass.");
        var macron = Person(doc, "Emmanuel Macron");
        var sarkozy = Person(doc, "Nicolas Sarkozy");
        Assert.Contains(macron.Mentions, m => m.Kind == MentionKind.Description && doc.Slice(m.Span) == "The French president");
        Assert.DoesNotContain(sarkozy.Mentions, m => m.Kind == MentionKind.Description);
    }

    [Fact]
    public void WeekdayInADateline_IsNoPerson()
    {
        var doc = Run("Navy seizes rifles from pirate skiffs\nPosted on: Fri, 4 Mar 2011 at 10: 12 IST\nA patrol vessel intercepted three skiffs on Thursday. The officer said the crew had surrendered.");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name is "Fri");
    }

    [Fact]
    public void GerundOpeningASentence_IsNoFirstName()
    {
        var doc = Run("Comedian Ellen Marsh will host the awards in March. Choosing Marsh, known for her gentle humour, signals a change of tone for the show.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Choosing", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Person && e.Name == "Ellen Marsh");
    }

    [Fact]
    public void CompanyNamedAfterPerson_StaysApartFromThePerson()
    {
        var doc = Run("Henry Ford built his first car in Detroit. Ford Motor Company said on Tuesday that its sales rose by 4 percent.");
        var ford = Person(doc, "Henry Ford");
        Assert.Single(ford.Mentions);
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Organization && e.Name.StartsWith("Ford Motor", StringComparison.Ordinal));
    }

    [Fact]
    public void AllCapsHeadline_NameJoinsThePersonInTheBody()
    {
        var doc = Run("MERKEL WARNS OF SLOWDOWN\n\nGerman Chancellor Angela Merkel warned on Monday that growth would slow. Merkel said exports had fallen.");
        var merkel = Person(doc, "Angela Merkel");
        Assert.Contains(merkel.Mentions, m => doc.Slice(m.Span) == "MERKEL");
    }

    [Fact]
    public void AdjectivalNationality_IsGroupBesidePerson()
    {
        var doc = Run("Chinese Premier Li Qiang met business leaders in Shanghai on Thursday.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Group && e.Name == "Chinese");
        var li = Person(doc, "Li Qiang");
        Assert.DoesNotContain(li.Mentions, m => doc.Slice(m.Span).Contains("Chinese", StringComparison.Ordinal));
    }

    [Fact]
    public void SurnameJoinsNearestNamedPerson_WhenTwoPeopleShareIt()
    {
        var doc = Run("Anna Berg, the mayor, opened the bridge on Friday. Her brother Lukas Berg, an engineer, designed it. "
            + "Berg said the bridge had taken three years to build.");
        var anna = Person(doc, "Anna Berg");
        var lukas = Person(doc, "Lukas Berg");
        Assert.NotEqual(anna.Id, lukas.Id);
        // The bare surname goes to the Berg named most recently.
        Assert.Single(anna.Mentions, m => m.Kind == MentionKind.Name);
        Assert.Equal(2, lukas.Mentions.Count(m => m.Kind == MentionKind.Name));
    }
}
