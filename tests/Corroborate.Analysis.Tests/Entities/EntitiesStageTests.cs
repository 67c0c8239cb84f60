using Corroborate.Analysis.Entities;
using Corroborate.Model;
using Corroborate.Testing;
using static Corroborate.Analysis.Tests.Entities.EntityFixtures;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class EntitiesStageTests
{
    [Fact]
    public void Surname_JoinsFullNameWithTitle()
    {
        var doc = Run("German Chancellor Angela Merkel met union leaders in Berlin on Monday. Merkel said the talks were useful.");
        var merkel = Person(doc, "Angela Merkel");
        Assert.Equal(2, merkel.Mentions.Count(m => m.Kind == MentionKind.Name));
        Assert.Contains("German Chancellor", merkel.Titles);
    }

    [Theory]
    [InlineData("The head of the agency, Harold B. Winterbourne, said the files were private.", "Harold B. Winterbourne")]
    [InlineData("Sheriff Robert J. Pickering said the chase lasted an hour.", "Robert J. Pickering")]
    [InlineData("Donald J. Trump met the mayor on Friday.", "Donald J. Trump")]
    public void AMiddleInitial_StaysInsideThePersonsName(string text, string name) =>
        Assert.Single(Person(Run(text), name).Mentions);

    [Fact]
    public void AnHonorificAlone_IsNoPerson()
    {
        var doc = Run("President Donald Trump met Kim Jong Un in Singapore on Tuesday. In talks with Mr. Kim, Mr. Trump said he would leave the table. Later, Mr. Trump said it was a great thing for both sides.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Mr" or "Mr.");
    }

    [Fact]
    public void NamesCoordinatedOrOfAnotherGender_AreDifferentPeople()
    {
        var doc = Run("President Brandt and Maria Brandt welcomed the visitors on Tuesday. Mr. Brandt said the talks were good, and President Brandt thanked them.");
        Assert.Single(Person(doc, "Maria Brandt").Mentions);
        var president = Person(doc, "Brandt");
        Assert.Equal(3, president.Mentions.Length);
    }

    [Fact]
    public void ASurnameThatSaysHe_IsNotTheWomanOfThatSurname()
    {
        var doc = Run("Maria Brandt toured the plant on Monday. President Brandt said he would return in the spring.");
        Assert.Single(Person(doc, "Maria Brandt").Mentions);
        Assert.Contains("President", Person(doc, "Brandt").Titles);
    }

    [Fact]
    public void ASurnameAlone_StaysWithThePersonItAlreadyNamed()
    {
        var doc = Run("President Brandt flew in on Monday. Brandt and first lady Maria Brandt welcomed the visitors at the palace. "
            + "Maria greeted the guests. The talks went well, Brandt said later.");
        Assert.Equal(2, Person(doc, "Maria Brandt").Mentions.Length);
        Assert.Equal(3, Person(doc, "Brandt").Mentions.Length);
    }

    [Theory]
    [InlineData("The World Health Organization said on Monday that cases were falling. The WHO added that testing would continue.")]
    [InlineData("The WHO said on Monday that cases were falling. The World Health Organization added that testing would continue.")]
    public void Acronym_JoinsItsExpansion_InEitherOrder(string text)
    {
        var doc = Run(text);
        var who = Assert.Single(doc.Entities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "WHO"));
        Assert.Equal("World Health Organization", who.Name);
        Assert.Equal(2, who.Mentions.Length);
    }

    [Fact]
    public void TwoPeopleSharingSurname_StayApart()
    {
        var doc = Run("John Smith, a farmer, sued the council. His lawyer, Mary Smith, said the case was strong. Smith added that she expected a ruling soon.");
        var john = Person(doc, "John Smith");
        var mary = Person(doc, "Mary Smith");
        Assert.NotEqual(john.Id, mary.Id);
        // The bare surname joins the most recent Smith.
        Assert.Equal(2, mary.Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Fact]
    public void RoleDescription_JoinsTheTitledPerson()
    {
        var doc = Run("French President Emmanuel Macron spoke to reporters in Paris. The French president said talks would continue.");
        var macron = Person(doc, "Emmanuel Macron");
        Assert.Contains(macron.Mentions, m => m.Kind == MentionKind.Description && doc.Slice(m.Span) == "The French president");
    }

    [Fact]
    public void PossessiveOffice_IsOrganisationLinkedToPerson()
    {
        var doc = Run("Prime Minister Boris Johnson arrived in Brussels on Sunday. Johnson's office said the meeting was constructive.");
        var johnson = Person(doc, "Boris Johnson");
        var office = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Organization && e.Name.EndsWith("office", StringComparison.Ordinal));
        Assert.Equal(johnson.Id, office.LinkedTo);
    }

    [Fact]
    public void NationalityBeforeTitle_IsAGroupMention()
    {
        var doc = Run("Russian President Vladimir Putin said on Friday that talks had stalled.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Group && e.Name == "Russian");
        Person(doc, "Vladimir Putin");
    }

    [Fact]
    public void DescriptionWithTwoFittingPeople_IsLeftUnresolved()
    {
        var doc = Run("President George Bush met President Jacques Chirac in Paris. The president said the meeting went well.");
        Assert.DoesNotContain(doc.Entities.SelectMany(e => e.Mentions), m => m.Kind == MentionKind.Description);
    }
}

public sealed class EntitiesStageRegressionTests
{
    [Fact]
    public void SameOfficeMentionedTwice_IsOneOrganisation()
    {
        var doc = new EntitiesStage().Annotate(DocMarkup.Parse(
            "Prime Minister Boris Johnson met staff. Johnson's office said talks went well. Later, Johnson's office denied it."), CancellationToken.None);
        DocumentAssert.WellFormed(doc);
        Assert.Single(doc.Entities, e => e.Kind == EntityKind.Organization && e.LinkedTo is not null);
    }
}
