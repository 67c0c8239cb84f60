using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Analysis.Quantities;

/// <summary>
/// Figures as claims: every number with its value, bounds from its hedge ("over 350" → at least 350), unit,
/// what it counts ("civilians"), the measure in one vocabulary ("killed" → dead), who asserts it (the speaker
/// of the reported statement it sits in) and as of when ("as of Tuesday", else the statement's or article's date).
/// </summary>
public sealed class QuantitiesStage : IAnnotator
{
    /// <summary>How far (in tokens) a measure word may be from its number in the same clause.</summary>
    private const int MeasureWindow = 8;

    public StageInfo Info { get; } = new("quantities", 8,
        [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.Dates, Layers.Quotes], [Layers.Quantities]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = ImmutableArray.CreateBuilder<Quantity>();
        int t = 0, d = 0;
        var sentences = document.Sentences;
        for (int si = 0; si < sentences.Length; si++)
        {
            var sentence = sentences[si];
            var last = sentence;
            // A split inside a number ("PS2." + "7m", "to ." + "001 per cent") is read as one sentence here.
            while (si + 1 < sentences.Length && SplitsNumber(document.Text, last, sentences[si + 1])) last = sentences[++si];
            sentence = new Sentence(new TextSpan(sentence.Span.Start, last.Span.End));
            while (t < document.Tokens.Length && document.Tokens[t].Span.Start < sentence.Span.Start) t++;
            int start = t;
            while (t < document.Tokens.Length && document.Tokens[t].Span.End <= last.Span.End) t++;
            if (t == start || !MayHoldNumber(document, start, t)) continue;
            var tokens = document.Tokens[start..t].ToArray();
            var words = new Words(document.Text, tokens);
            // Dates are sorted: the ones that can hold this sentence's tokens are found once, not per token.
            while (d < document.Dates.Length && document.Dates[d].Span.End <= sentence.Span.Start) d++;
            int dEnd = d;
            while (dEnd < document.Dates.Length && document.Dates[dEnd].Span.Start < sentence.Span.End) dEnd++;
            int dFrom = d;
            // Days of month stay dates even when no anchor let the date stage resolve them ("Oct 16").
            bool InDate(int i) => InDateSpan(document, dFrom, dEnd, tokens[i].Span)
                || (i > 0 && Dates.DateLexicon.Months.ContainsKey(words[i - 1].TrimEnd('.')) && char.IsUpper(words[i - 1][0]))
                || (i > 1 && words[i - 1] == "." && Dates.DateLexicon.Months.ContainsKey(words[i - 2]) && char.IsUpper(words[i - 2][0]))
                || (i + 1 < words.Length && Dates.DateLexicon.Months.ContainsKey(words[i + 1]) && char.IsUpper(words[i + 1][0]) && words[i].Length <= 2);
            string? previousObject = null;
            foreach (var n in NumberScanner.Scan(document.Text, words, tokens, InDate))
            {
                var quantity = Claim(document, sentence, tokens, words, n, ref previousObject);
                result.Add(quantity with { Id = "n" + (result.Count + 1).ToString(CultureInfo.InvariantCulture) });
            }
        }

        return document with { Quantities = result.ToImmutable() };
    }

    private static bool InDateSpan(Document document, int from, int to, TextSpan span)
    {
        for (int k = from; k < to; k++)
        {
            if (document.Dates[k].Span.Contains(span)) return true;
        }

        return false;
    }

    /// <summary>
    /// Most sentences hold no number at all: a digit, a word with digits ("PS2"), or a number word ("two", "twenty-five",
    /// "dozens", "third") is needed before the scanner allocates anything. Keeps the stage fast on whole corpora.
    /// </summary>
    private static bool MayHoldNumber(Document document, int from, int to)
    {
        var text = document.Text.AsSpan();
        for (int k = from; k < to; k++)
        {
            var token = document.Tokens[k];
            if (token.Kind == TokenKind.Number) return true;
            if (token.Kind != TokenKind.Word) continue;
            var word = text[token.Span.Start..token.Span.End];
            if (word.ContainsAnyInRange('0', '9')) return true;
            int dash = word.IndexOf('-');
            if (QuantityLexicon.NumberStarters.Contains(dash > 0 ? word[..dash] : word)) return true;
        }

        return false;
    }

    private static bool SplitsNumber(string text, Sentence left, Sentence right) =>
        right.Span.Start == left.Span.End && left.Span.End > 0 && text[left.Span.End - 1] == '.' && right.Span.Start < text.Length
        && char.IsDigit(text[right.Span.Start]);

    private static Quantity Claim(Document doc, Sentence sentence, Token[] tokens, Words w, NumberMention n, ref string? previousObject)
    {
        // "a magnitude 6.1 quake": the scale can come before the number too (after it, it is a unit like any other).
        if (n.Unit is null && n.Start > 0 && w[n.Start - 1].Equals("magnitude", StringComparison.OrdinalIgnoreCase)) n = n with { Unit = "magnitude" };
        int end = n.End;
        // What is counted: "350 civilians", "498 of its soldiers", "2,000 more" (the same as the previous figure).
        string? obj = null;
        int k = end;
        while (k < w.Length && w[k].ToLowerInvariant() is "more" or "other" or "additional" or "further" or "new") k++;
        if (k + 1 < w.Length && w[k] == "of" && !char.IsDigit(w[k + 1][0]))
        {
            k++;
            if (k < w.Length && w[k].ToLowerInvariant() is "its" or "their" or "the" or "his" or "her" or "our" or "those") k++;
        }

        if (n.Unit is null && HeadNoun(w, k) is int head)
        {
            // A people named for their country keeps its capital ("Ukrainians"), an acronym its capitals; other
            // heads are common nouns.
            string noun = w[head];
            // "AK", "ATMs"; not a word of an all-caps headline ("3 PEOPLE DIE"), whose neighbours shout too.
            bool acronym = noun.Length >= 2 && noun.TrimEnd('s').Length >= 2 && noun.TrimEnd('s').All(char.IsUpper)
                && !Shouted(w, n.Start - 1) && !Shouted(w, head + 1);
            obj = acronym || char.IsUpper(noun[0]) && noun.Skip(1).Any(char.IsLower) && (Entities.Tagging.Gazetteers.IsGroupWord(noun) || Entities.EntityLexicon.IsNationality(noun))
                ? noun
                : noun.ToLowerInvariant();
            end = Math.Max(end, head + 1);
        }

        // "died at 85", "aged 85", "a 61-year-old": an age, never a count of the dead or the arrested, even with a
        // noun after it ("died at age 84 of COVID-19 complications").
        bool age = n.Unit == "years old" || n.Unit is null && (n.Hedge is null || n.Low is not null && n.High is not null) && IsAge(w, n.Start, n.End);
        if (age) obj = "age";
        // "a mother of two died": her children, not two dead.
        bool family = n.Unit is null && obj is null && n.Start >= 2 && w[n.Start - 1] == "of" && QuantityLexicon.Parents.Contains(w[n.Start - 2]);
        if (family) obj = "children";
        bool counted = n.Unit is null || n.Unit is "USD" or "GBP" or "EUR";
        // "killed 10 members of one family": a number inside the counted phrase of the figure before it counts a
        // part of that phrase, neither the dead nor the figure's object.
        bool partOf = n.Unit is null && n.Start >= 3 && w[n.Start - 1] == "of" && IsNumber(w[n.Start - 3]);
        // "35,355 new cases and 279 deaths": a figure with an outcome noun of its own counts no earlier figure's object
        // ("227 civilians had been killed and 525 injured" still counts civilians twice: "injured" is no noun).
        bool ownOutcome = n.End < w.Length && w[n.End].ToLowerInvariant() is "deaths" or "fatalities" or "casualties" or "cases" or "infections" or "injuries" or "arrests" or "lives";
        obj ??= counted && n.Unit is null && !partOf ? NumberOf(w, n.Start) ?? (ownOutcome ? null : previousObject) : null;
        // An age or a family counts nothing the next figure could count again ("a 36-year-old … fell about 60m"), nor
        // do attacks or shots ("two attacks killed 13 troops": the 13 are no attacks).
        if (obj is not null && !age && !family && !QuantityLexicon.NoOutcome.Contains(obj)) previousObject = obj;
        // "a 90-minute call": a singular unit modifies the noun after it ("four years amid a spike" does not).
        if (n.Unit is "minute" or "hour" or "day" or "week" or "month" or "year" && n.End < w.Length && IsObjectWord(w[n.End])
            && !w[n.End - 1].EndsWith('s') && !Quotes.QuoteLexicon.Preposition.Contains(w[n.End]))
        {
            obj = w[n.End].ToLowerInvariant();
        }

        // Outcomes (dead, injured, arrested) count people or things: "fell about 150 m to his death" measures no dead,
        // and "missed four games", "fired 11 shots" count no missing and no dismissed.
        var (measure, measureEnd) = age || family || partOf || n.Unit is not null || obj is not null && QuantityLexicon.NoOutcome.Contains(obj)
            ? (null, end) : Measure(w, n.Start, end);
        if (measureEnd > end && measureEnd - end <= MeasureWindow) end = measureEnd;

        var span = new TextSpan(tokens[n.Start].Span.Start, tokens[end - 1].Span.End);
        var valueSpan = new TextSpan(tokens[n.Start].Span.Start, tokens[n.End - 1].Span.End);
        var quote = doc.Quotes.Where(q => q.Kind == QuoteKind.Indirect || q.Kind == QuoteKind.Direct)
            .Where(q => q.Content.Contains(valueSpan)).OrderBy(q => q.Content.Length).FirstOrDefault();
        return new Quantity
        {
            Id = "",
            Span = span,
            ValueSpan = valueSpan,
            Value = n.Value,
            Low = n.Low,
            High = n.High,
            Hedge = n.Hedge,
            Unit = age ? "years old" : n.Unit,
            Object = obj,
            Measure = measure,
            Claimant = quote?.Speaker is { } s ? new Claimant(s.EntityId, s.Name) : null,
            AsOf = AsOf(doc, sentence, span, quote),
        };
    }

    /// <summary>Whether the token at <paramref name="i"/> is a word of two or more capital letters.</summary>
    private static bool Shouted(Words w, int i) => i >= 0 && i < w.Length && w[i].Length >= 2 && w[i].All(char.IsUpper);

    /// <summary>
    /// Whether the number at <paramref name="start"/> is an age: "aged 85", "age of 85", "died at 85", or set off
    /// by commas after a name ("Rosa Klee, 85, died").
    /// </summary>
    private static bool IsAge(Words w, int start, int end)
    {
        string Before(int k) => start - k >= 0 ? w[start - k].ToLowerInvariant() : "";
        bool apposition = end == start + 1 && end < w.Length && w[end] == "," && Before(1) == ","
            && start >= 2 && char.IsUpper(w[start - 2][0]) && w[start - 2].All(char.IsLetter); // "Klee, 85,", "LaCalamita III, 38,"
        // "ranging in age from 2 to 86", "ages 5 to 11": both ends of an age range.
        bool range = Before(1) == "from" && Before(2) is "age" or "ages" || Before(1) is "to" or "and" && start >= 3 && char.IsDigit(w[start - 2][0])
            && (Before(3) is "age" or "ages" or "aged" || Before(3) is "from" or "between" && start >= 4 && w[start - 4].ToLowerInvariant() is "age" or "ages" or "aged");
        return apposition || range || Before(1) is "aged" or "age" or "ages" || Before(1) == "of" && Before(2) == "age"
            || Before(1) == "at" && (Before(2) is "died" or "dies" or "dead" or "death" || Before(3) is "died" or "dies" or "dead" or "death");
    }

    /// <summary>"the number of people killed … has risen to 52": what the figure counts, named before it.</summary>
    private static string? NumberOf(Words w, int start)
    {
        for (int i = start - 2; i >= Math.Max(0, start - 24); i--)
        {
            if (w[i] is ";" or "." or ",") break;
            if (w[i].Equals("number", StringComparison.OrdinalIgnoreCase) && w[i + 1] == "of" && i + 2 < start && IsObjectWord(w[i + 2])) return w[i + 2].ToLowerInvariant();
        }

        return null;
    }

    /// <summary>
    /// The noun a count counts, the last of a short run of modifiers: "seven European countries", "517 rushing yards",
    /// "11 member trade agreement". A plural (or a unit) ends the run; a run ending in a verb form ("73 raising") counts nothing.
    /// </summary>
    private static int? HeadNoun(Words w, int k)
    {
        int? head = null;
        for (int j = k; j < w.Length && j < k + 4; j++)
        {
            string word = w[j];
            bool unit = QuantityLexicon.Units.ContainsKey(word) && char.IsLetter(word[0]) && j > k;
            if (!unit && !IsObjectWord(word)) break;
            if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !QuantityLexicon.LyNouns.Contains(word)) break;
            head = j;
            if (unit || IsPlural(word)) return j;
        }

        return head is int h && (w[h].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w[h].EndsWith("ed", StringComparison.OrdinalIgnoreCase)) ? null : head;
    }

    private static bool IsPlural(string word) =>
        word.ToLowerInvariant() is "people" or "police" or "staff" or "personnel" or "cattle" or "children" or "troops" || word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
        || word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);

    private static bool IsObjectWord(string word) =>
        word.Length > 1 && char.IsLetter(word[0]) && !QuantityLexicon.NotObjects.Contains(word) && !QuantityLexicon.NumberWords.ContainsKey(word)
        && !QuantityLexicon.Fractions.ContainsKey(word) && !QuantityLexicon.Measures.ContainsKey(word)
        && !QuantityLexicon.Units.ContainsKey(word);

    /// <summary>
    /// The measure word right before the number, else the nearest one after it in its clause, else the nearest before
    /// it ("the number of people killed … rose to 52").
    /// </summary>
    private static (string? Measure, int End) Measure(Words w, int start, int end)
    {
        // "killed more than 1,400 residents and injured at least 6,000 more": the verb right before a figure takes it as its object.
        if (start > 0 && IsMeasure(w, start - 1, out var verb)) return (verb, end);

        // A quote mark bounds the search: "“… an injured person …,” one woman told AFP" counts no one injured.
        for (int i = end; i < Math.Min(w.Length, end + MeasureWindow); i++)
        {
            if (w[i] is "," or ";" or "." || IsQuoteMark(w, i)) break;
            // "100 people were struck by gunfire resulting in 18 deaths": a plural outcome noun right after the next
            // figure is that figure's ("… aged from 2 to 86 died" leaves the verb to the subject).
            if (i > end && IsNumber(w[i - 1]) && w[i].EndsWith('s') && w[i] is not ("dies" or "kills")) break;
            if (IsMeasure(w, i, out var m)) return (m, i + 1);
        }

        for (int i = start - 1; i >= Math.Max(0, start - 16); i--)
        {
            if (w[i] is ";" or "." || IsQuoteMark(w, i)) break;
            if (IsMeasure(w, i, out var m)) return (m, end);
        }

        return (null, end);
    }

    private static bool IsNumber(string word) => char.IsDigit(word[0]) || QuantityLexicon.NumberWords.ContainsKey(word);

    private static bool IsQuoteMark(Words w, int i) => Quotes.QuoteMarks.Length(w[i], 0) == w[i].Length;

    /// <summary>A measure word, but not "death" naming a punishment ("death penalties", "death row"): no one died there.</summary>
    private static bool IsMeasure(Words w, int i, out string measure)
    {
        measure = "";
        if (!QuantityLexicon.Measures.TryGetValue(w[i], out var m)) return false;
        if (i + 1 < w.Length && w[i].Equals("death", StringComparison.OrdinalIgnoreCase)
            && w[i + 1].ToLowerInvariant() is "penalty" or "penalties" or "row" or "sentence" or "sentences" or "threat" or "threats" or "warrant")
        {
            return false;
        }

        measure = m;
        return true;
    }

    /// <summary>"as of Tuesday" / "by Thursday" in the figure's sentence; else the date the statement was made; else the article's date.</summary>
    private static DateValue? AsOf(Document doc, Sentence sentence, TextSpan span, Quote? quote)
    {
        // "as of Tuesday" / "by Thursday" before or after the figure in its sentence; the nearest one wins.
        // Spans, not substrings: this runs for every figure of every article.
        DateValue? cutoff = null, said = null, when = null;
        int distance = int.MaxValue;
        foreach (var d in doc.Dates)
        {
            if (d.Span.Start >= sentence.Span.End) break;
            if (!sentence.Span.Contains(d.Span)) continue;
            // "since 2009, when 29 miners died", "In 2009, 29 miners died": the figure belongs to that time, not to
            // the report's (a past disaster recalled beside today's toll).
            if (d.Span.End <= span.Start && d.Value.IsCalendar && d.Value.Period == DatePeriod.None && SetsTheTimeOf(doc.Text, d.Span, span.Start, sentence.Span.Start))
            {
                when = d.Value;
            }

            // "killed more than 31,000 people in Bam in 2003": a year closing the figure's clause dates it too.
            if (when is null && d.Span.Start >= span.End && d.Kind != DateKind.Relative && !d.Value.IsDay && d.Value.IsCalendar
                && d.Value.Period == DatePeriod.None && ClosesTheClauseOf(doc.Text, span.End, d.Span))
            {
                when = d.Value;
            }

            if (!d.Value.IsDay) continue;
            int from = Math.Max(sentence.Span.Start, d.Span.Start - 7);
            var before = doc.Text.AsSpan(from, d.Span.Start - from).TrimEnd();
            bool marked = before.EndsWith("as of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("as at", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || before.Equals("by", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("until", StringComparison.OrdinalIgnoreCase) || before.EndsWith("up to", StringComparison.OrdinalIgnoreCase);
            int gap = d.Span.Start >= span.End ? d.Span.Start - span.End : span.Start - d.Span.End;
            if (marked && gap >= 0 && gap < distance) (cutoff, distance) = (d.Value, gap);
            // "…, the governor said on Wednesday": the date of the statement, outside its content.
            if (said is null && quote is not null && quote.Span.Contains(d.Span) && !quote.Content.Overlaps(d.Span)) said = d.Value;
        }

        if (cutoff is not null) return cutoff;
        if (when is not null) return when;
        if (said is not null) return said;
        return doc.Metadata.Published.Value;
    }

    /// <summary>
    /// Whether a year after a figure ends its clause ("… 31,000 people in Bam in 2003"): within a few words, after
    /// "in", with no comma, "said" or "since" between, so it is when the counted thing happened.
    /// </summary>
    private static bool ClosesTheClauseOf(string text, int figureEnd, TextSpan date)
    {
        if (date.Start - figureEnd > 60) return false;
        var between = text.AsSpan(figureEnd, date.Start - figureEnd);
        return between.TrimEnd().EndsWith(" in", StringComparison.Ordinal) && between.IndexOfAny(',', ';', ':') < 0
            && between.IndexOf(" said", StringComparison.Ordinal) < 0 && between.IndexOf(" since", StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// Whether a date right before a figure sets the figure's own time: "&lt;date&gt;, when &lt;figure&gt;", or a
    /// sentence opening "In &lt;date&gt;, &lt;figure&gt;".
    /// </summary>
    private static bool SetsTheTimeOf(string text, TextSpan date, int figureStart, int sentenceStart)
    {
        var between = text.AsSpan(date.End, figureStart - date.End).Trim();
        if (between.Equals(", when", StringComparison.OrdinalIgnoreCase) || between.Equals("when", StringComparison.OrdinalIgnoreCase)) return true;
        var lead = text.AsSpan(sentenceStart, date.Start - sentenceStart).Trim();
        return between.Equals(",", StringComparison.Ordinal) && lead.Equals("In", StringComparison.OrdinalIgnoreCase);
    }
}
