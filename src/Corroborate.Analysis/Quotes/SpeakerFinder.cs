using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Finds who speaks for a cue verb: the subject before it ("an aide to Macron said", "Putin reportedly said",
/// "Macron, in a tweet, said") or the name after it (", said Putin"), and resolves it to an entity:
/// names and role descriptions to their entity, pronouns to the nearest person before, descriptions that
/// contain a name ("an aide to Macron") to that name with the description kept.
/// </summary>
internal static class SpeakerFinder
{
    /// <summary>The subject of the cue at token <paramref name="cue"/>, or null. Also reports a channel seen in a parenthetical.</summary>
    public static (int Start, int End)? SubjectBefore(QuoteContext c, int cue, int limit)
    {
        int i = cue - 1;
        while (i >= limit && QuoteLexicon.Auxiliaries.Contains(c.Words[i])) i--;
        // "quoted as saying": step over to the subject.
        if (i >= limit + 1 && c.Lower(i) == "as" && c.Lower(i - 1) == "quoted")
        {
            i -= 2;
            while (i >= limit && QuoteLexicon.Auxiliaries.Contains(c.Words[i])) i--;
        }

        // Parenthetical ", in a tweet," or ", in turn," between subject and cue; an apposition that names
        // the subject (", Brightwater Chemicals,") is the better speaker.
        if (i >= limit && c.Words[i] == ",")
        {
            int j = i - 1;
            while (j >= limit && c.Words[j] != "," && i - j <= 8) j--;
            if (j >= limit && c.Words[j] == ",")
            {
                var inner = c.SpanOf(j + 1, i);
                var named = c.MentionsIn(inner).FirstOrDefault(m => m.Entity.Kind is EntityKind.Person or EntityKind.Organization);
                if (named.Entity is not null && named.Span.Start == c.Tokens[j + 1].Span.Start)
                {
                    return (j + 1, c.TokenAtOrAfter(named.Span.End));
                }

                i = j - 1;
            }

            while (i >= limit && QuoteLexicon.Auxiliaries.Contains(c.Words[i])) i--;
        }

        int end = i + 1;
        if (end <= limit) return null;

        // Walk back to the clause boundary, then take the subject from the clause start.
        int start = end - 1;
        while (start > limit && !IsBoundary(c, start - 1)) start--;
        while (start < end && QuoteLexicon.ClauseLeads.Contains(c.Words[start])) start++;
        if (start >= end) return null;

        // A clause that starts with a name: the subject is that name ("Putin in a telephone call … said").
        var first = c.Mentions.FirstOrDefault(m => m.Span.Start == c.Tokens[start].Span.Start);
        if (first.Entity is not null && end - start > 4)
        {
            // Extend over a title and name that follow ("Marlow Bay Governor Elena Vasquez").
            int npEnd = c.TokenAtOrAfter(first.Span.End);
            while (npEnd < end && (char.IsUpper(c.Words[npEnd][0]) || Entities.EntityLexicon.TitleWords.Contains(c.Words[npEnd]))) npEnd++;
            return (start, npEnd);
        }

        // "Vladimir Putin, President of Russia has disclosed": a title clause after a comma speaks for the person before it.
        if (start > limit && c.Words[start - 1] == "," && !c.MentionsIn(c.SpanOf(start, end)).Any(m => m.Entity.Kind == EntityKind.Person))
        {
            var before = c.Mentions.LastOrDefault(m => m.Span.End == c.Tokens[start - 1].Span.Start && m.Entity.Kind == EntityKind.Person);
            if (before.Entity is not null && c.Words[start..end].Any(w => Entities.EntityLexicon.TitleWords.Contains(w)))
            {
                return (c.TokenAtOrAfter(before.Span.Start), start - 1);
            }
        }

        if (end - start > 9) start = end - 9;
        return (start, end);
    }

    /// <summary>A name right after the cue: "…," said Putin.</summary>
    public static (int Start, int End)? SubjectAfter(QuoteContext c, int cue, int limit)
    {
        int start = cue + 1, end = start;
        while (end < limit && end - start < 8 && !IsBoundary(c, end)) end++;
        return end > start && (char.IsUpper(c.Words[start][0]) || QuoteLexicon.Determiners.Contains(c.Words[start])) ? (start, end) : null;
    }

    private static bool IsBoundary(QuoteContext c, int token) =>
        c.Words[token] is "," or ";" or ":" or "." or "(" or ")" or "—" or "–" || c.IsQuoteMark(token);

    public static Speaker? Resolve(QuoteContext c, (int Start, int End) np, int quoteStart)
    {
        if (np.End <= np.Start) return null;
        var span = c.SpanOf(np.Start, np.End);
        string text = c.Text.Substring(span.Start, span.Length);
        string firstWord = c.Lower(np.Start);
        if (np.End - np.Start == 1 && QuoteLexicon.Pronouns.Contains(firstWord))
        {
            if (firstWord is "he" or "she" && c.PersonBefore(Math.Min(span.Start, quoteStart)) is { } person)
            {
                return new Speaker(person.Id, person.Name, null, span);
            }

            return null;
        }

        var mentions = c.MentionsIn(span).Where(m => m.Entity.Kind is not EntityKind.Group and not EntityKind.Other).ToList();
        bool startsAsDescription = QuoteLexicon.Determiners.Contains(firstWord);
        if (mentions.Count > 0)
        {
            // English noun phrases end in their head: "Marlow Bay Governor Elena Vasquez" is Vasquez.
            var head = mentions.LastOrDefault(m => m.Entity.Kind == EntityKind.Person && m.Span.End == span.End) is { Entity: not null } last ? last : mentions[0];
            // Only titles may stand before the name itself ("Governor Elena Vasquez", "fire chief Martin Okafor").
            bool titledName = !startsAsDescription && c.Text[span.Start..head.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .All(w => Entities.EntityLexicon.TitleWords.Contains(w) || Entities.EntityLexicon.Country(w) is not null || char.IsUpper(w[0]) || w is "fire" or "police" or "army" or "party");
            bool isTheMention = head.Span.Start == span.Start || titledName || head.Kind == MentionKind.Description && head.Span.Start <= span.Start + 4;
            if (isTheMention)
            {
                // The speaker is the entity itself ("Macron", "The French president"); an office speaks for its person.
                return new Speaker(head.Entity.Id, head.Entity.Name, null, TrimTo(c, span, head.Span));
            }

            // "an aide to Macron", "the statement released by Macron": a description tied to a named entity.
            var named = mentions.FirstOrDefault(m => m.Entity.Kind == EntityKind.Person).Entity ?? mentions[0].Entity;
            return new Speaker(named.Id, named.Name, text, span);
        }

        if (startsAsDescription) return new Speaker(null, text, text, span);
        return char.IsUpper(text[0]) ? new Speaker(null, text, null, span) : null;
    }

    private static TextSpan TrimTo(QuoteContext c, TextSpan np, TextSpan mention) =>
        mention.Start >= np.Start && mention.End <= np.End ? mention : np;

    /// <summary>A channel named near the attribution: "in a statement", "in a tweet", "in a telephone conversation".</summary>
    public static string? Channel(QuoteContext c, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, c.Words.Length); i++)
        {
            if (QuoteLexicon.Channels.TryGetValue(c.Words[i], out var channel)) return channel;
        }

        return null;
    }
}
