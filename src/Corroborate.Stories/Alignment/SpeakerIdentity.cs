using Corroborate.Model;
using Corroborate.Stories.Entities;

namespace Corroborate.Stories.Alignment;

/// <summary>
/// Who a quote's speaker is across documents: the story entity of the speaker (or of the person an
/// organisation speaks for, "Macron's office"); for an unnamed description tied to a person ("the statement
/// released by Macron") that person; else the folded speaker name. Null when nobody is named.
/// </summary>
internal static class SpeakerIdentity
{
    /// <summary>Keys of speakers known to be people start with this; others (bodies, bare names) with "e:" or "n:".</summary>
    public const string PersonKey = "p:";

    private static string Prefix(EntityKind kind) => kind == EntityKind.Person ? PersonKey : "e:";

    public static (string? Key, string? Display) Of(Document doc, Quote quote, CrossDocumentEntities entities)
    {
        if (quote.Speaker is not { } s) return (null, null);
        var entity = doc.FindEntity(s.EntityId);
        if (entity?.LinkedTo is { } linked && doc.FindEntity(linked) is { } person) entity = person;
        if (entity is not null && entities.Of(doc.Id, entity.Id) is { } se) return (Prefix(se.Kind) + se.Name, se.Name);
        if (entity is not null) return (Prefix(entity.Kind) + NameKey.Full(entity.Name), entity.Name);

        // Two people speaking together ("Laurence Mark and Bill Condon"): the pair, never one of them alone, and no
        // person key, since a joint statement is not misattributed by naming one of its authors.
        if (entity is null && s.Description is null && s.Name.Contains(" and ", StringComparison.Ordinal)) return ("n:" + NameKey.Full(s.Name), s.Name);

        // An unnamed description: look for a person of this document named inside it.
        var text = s.Description ?? s.Name;
        foreach (var e in doc.Entities)
        {
            if (e.Kind != EntityKind.Person) continue;
            bool inside = e.Mentions.Any(m => m.Kind == MentionKind.Name && s.Span.Contains(m.Span));
            bool named = NameKey.Parts(e.Name) is { Length: > 0 } parts
                && NameKey.Parts(text).Any(p => NameKey.Fold(p) == NameKey.Fold(parts[^1]));
            // "Reid's rep": the rep speaks for Reid but is not Reid, so the words are not Reid's to misattribute.
            if ((inside || named) && !Owns(text, NameKey.Parts(e.Name)) && entities.Of(doc.Id, e.Id) is { } pe) return (PersonKey + pe.Name, pe.Name);
        }

        // A bare name the entity stage did not link: match it against the story's people.
        foreach (var known in entities.Entities)
        {
            if (known.Kind == EntityKind.Person && NameKey.SamePerson(known.Name, s.Name)) return (PersonKey + known.Name, known.Name);
        }

        return s.Description is null && s.Name.Length > 0 ? ("n:" + NameKey.Full(s.Name), s.Name) : (null, s.Name);
    }

    /// <summary>Whether the description names the person as an owner: their surname with a possessive ("Reid's rep").</summary>
    private static bool Owns(string description, string[] nameParts) =>
        nameParts.Length > 0 && (description.Contains(nameParts[^1] + "'s", StringComparison.OrdinalIgnoreCase)
            || description.Contains(nameParts[^1] + "\u2019s", StringComparison.OrdinalIgnoreCase));
}
