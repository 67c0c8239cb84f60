using Corroborate.Analysis.Entities;
using Corroborate.Model;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Entities;

/// <summary>Runs the entity stage on marked-up text and checks the document's invariants.</summary>
internal static class EntityFixtures
{
    public static Document Run(string text)
    {
        var doc = new EntitiesStage().Annotate(DocMarkup.Parse(text), CancellationToken.None);
        DocumentAssert.WellFormed(doc);
        return doc;
    }

    /// <summary>The one person entity of that canonical name.</summary>
    public static Entity Person(Document doc, string name) =>
        Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person && e.Name == name);
}
