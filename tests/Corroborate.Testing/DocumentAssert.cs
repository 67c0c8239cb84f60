using Corroborate.Model;

namespace Corroborate.Testing;

public sealed class DocumentAssertException(string message) : Exception(message);

public static class DocumentAssert
{
    /// <summary>Fails with every broken invariant listed (see <see cref="DocumentInvariants"/>).</summary>
    public static void WellFormed(Document document)
    {
        var violations = DocumentInvariants.Violations(document);
        if (violations.Count > 0)
        {
            throw new DocumentAssertException(
                $"Document {document.Id} breaks {violations.Count} invariant(s):\n  " + string.Join("\n  ", violations.Take(20)));
        }
    }
}
