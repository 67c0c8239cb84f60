using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>Finds the cue and speaker of each quoted segment, and reported speech without marks.</summary>
internal sealed class AttributionFinder
{
    /// <summary>A cue more than this many tokens after a closing mark belongs to something else (GGT dev: the
    /// longest "”, [speaker phrase] said" gap seen was 9 tokens).</summary>
    private const int AfterWindow = 12;

    /// <summary>
    /// The window when a name and a comma open the words after the quote ("”, Leonard Burman, director of a tax
    /// policy centre and a professor at a university in New York, said"): the speaker's description may run long,
    /// and the sentence end still bounds the search.
    /// </summary>
    private const int AppositiveWindow = 32;

    /// <summary>A quote of fewer words with no cue is a scare quote or a title ("American Pie").</summary>
    private const int MinFloatingWords = 4;

    private readonly Document _document;
    private readonly TokenView _v;
    private readonly List<QuotedSegment> _segments;
    private readonly SpeakerResolver _resolver;
    private readonly bool[] _used;

    public AttributionFinder(Document document, TokenView view, List<QuotedSegment> segments)
    {
        _document = document;
        _v = view;
        _segments = segments;
        _resolver = new SpeakerResolver(document, view);
        _used = new bool[view.Count];
    }

    public List<QuoteDraft> Direct()
    {
        var drafts = new List<QuoteDraft>();
        Speaker? previous = null;
        int previousEnd = -1;
        for (int s = 0; s < _segments.Count; s++)
        {
            var seg = _segments[s];
            int open = _v.IndexAtOrAfter(seg.Outer.Start);
            int close = _v.IndexAtOrAfter(seg.Outer.End);
            if (open >= _v.Count) continue;
            int words = 0;
            for (int k = open; k < close; k++) if (_v.IsWord(k)) words++;
            if (words == 0) continue;

            int ss = _v.SentenceStart(open);
            int lo = Math.Max(ss, s > 0 ? _v.IndexAtOrAfter(_segments[s - 1].Outer.End) : 0);
            if (s > 0 && _v.LineBreakBetween(_segments[s - 1].Outer.End, seg.Outer.Start)) lo = Math.Max(lo, _v.ParagraphStart(open));
            int hi = s + 1 < _segments.Count ? Math.Min(_v.IndexAtOrAfter(_segments[s + 1].Outer.Start), _v.Count) : _v.Count;
            hi = Math.Min(hi, _v.NextParagraph(close));
            if (close < _v.Count) hi = Math.Min(hi, Math.Max(_v.SentenceEnd(close), close));
            if (close < _v.Count && _v.LineBreakBetween(seg.Outer.End, _v.Span(close).Start)) hi = close;

            bool startsClause = open == lo && (open == ss || _v.LineBreakBetween(_v.Span(Math.Max(open - 1, 0)).End, seg.Outer.Start) || open == _v.ParagraphStart(open))
                || open > 0 && (_v.Is(open - 1, ':') || _v.Is(open - 1, ',') && open - 1 >= lo)
                || open == ss;
            var after = FindAfter(close, hi);
            // "… would impact the “integrity of the investigation.” McCarthy announced his picks": a quote that closes
            // the sentence it sits in leaves a cue with an object of its own to the next sentence ("“One!” says
            // the owner", "… Smith said on Monday." still sign it).
            if (!startsClause && after.Cue >= 0 && after.SpeakerTokens.Start < after.Cue && EndsSentence(seg.Inner) && TakesOwnObject(after.Cue))
            {
                after = new Attribution();
            }
            // "Hefner said: “…”": a cue that introduces the quote with a colon is its attribution, whatever cue
            // follows ("… Roesler said Page had been ill" is the next sentence's).
            // "Wetzler commented,⏎“This administration …”": a cue and a comma ending the line before introduce it too.
            // Either may end the sentence before a quote that opens a line, so the search reaches into that sentence.
            int lead = open > 0 ? Math.Min(lo, _v.SentenceStart(open - 1)) : lo;
            var introduced = open > 0 && _v.Is(open - 1, ':') ? Continued(FindBefore(open, lead), lead)
                : open > 1 && _v.Is(open - 1, ',') && _v.IsWord(open - 2) && QuoteLexicon.Cue.Contains(_v.Word(open - 2)) ? FindBefore(open, lead)
                : new Attribution();
            var before = after.Cue < 0 ? FindBefore(open, lo) : default;
            bool partial = !startsClause;

            Attribution att = introduced.Cue >= 0 ? introduced : after.Cue >= 0 ? after : before;
            if (partial && after.Cue >= 0 && FindBefore(open, lo) is { Cue: >= 0 } governing && SameClause(governing.Cue, open))
            {
                att = governing; // "critics say it pays a “middle man”, Smith says": the cue before governs the clause
            }

            if (partial && IsNaming(open) || IsTitle(seg.Inner)) continue;
            if (att.Cue < 0)
            {
                if (partial || words < MinFloatingWords) continue;

                // A floating quote: no cue beside it; it continues the last speaker of the paragraph before, unless a
                // clause introduces it with a colon ("The judge had advice for the guards: “…”"): then its subject speaks.
                bool near = previousEnd >= 0 && _v.Text.AsSpan(previousEnd, Math.Max(0, seg.Outer.Start - previousEnd)).IndexOf("\n\n\n", StringComparison.Ordinal) < 0;
                var subject = open > 0 && _v.Is(open - 1, ':') ? StatementBy(open - 1) is { IsEmpty: false } author ? author : SpeakerFinder.ClauseSubject(_v, open - 1) : default;
                var floating = !subject.IsEmpty ? _resolver.Resolve(subject, previous) : near ? previous : null;
                // A colon clause is the quote's attribution, so the quote's span takes in its subject.
                var outer = subject.IsEmpty || floating is null ? seg.Outer : seg.Outer.Union(_v.Span(subject.Start));
                drafts.Add(new QuoteDraft { Kind = QuoteKind.Direct, Span = outer, Content = TrimComma(seg.Inner), Speaker = floating, SpeakerTokens = subject });
                if (!subject.IsEmpty && floating is not null) previous = floating;
                previousEnd = seg.Outer.End;
                continue;
            }

            if (partial && words >= 8 && seg.Inner.Length > 0 && char.IsUpper(_v.Text[seg.Inner.Start])) partial = false;
            var speaker = _resolver.Resolve(att.SpeakerTokens, previous);
            var span = seg.Outer;
            if (!att.SpeakerTokens.IsEmpty) span = span.Union(_v.Span(att.SpeakerTokens.Start)).Union(_v.Span(att.SpeakerTokens.End - 1));
            span = span.Union(_v.Span(att.Cue));
            if (partial) span = span.Union(SentenceSpan(open));
            if (!partial) _used[att.Cue] = true; // a partial quote's cue also opens the reported clause around it
            drafts.Add(new QuoteDraft
            {
                Kind = partial ? QuoteKind.Partial : QuoteKind.Direct,
                Span = span,
                Content = TrimComma(seg.Inner),
                Speaker = speaker,
                SpeakerTokens = att.SpeakerTokens,
                CueToken = att.Cue,
                Cue = att.CueText,
                Channel = ChannelIn(Math.Min(att.Cue, att.SpeakerTokens.IsEmpty ? att.Cue : att.SpeakerTokens.Start), Math.Max(att.Cue + 1, att.SpeakerTokens.End), partial ? open : hi, speaker),
            });
            if (speaker is not null) previous = speaker;
            previousEnd = seg.Outer.End;
        }

        return drafts;
    }

    /// <summary>
    /// "Below is a statement by Jo Kim, the director:", "Here are the remarks from the minister:": the author the
    /// clause before the colon names for what follows.
    /// </summary>
    private TokenRange StatementBy(int colon)
    {
        for (int k = colon - 1; k > _v.SentenceStart(colon); k--)
        {
            if (!(_v.IsWordEq(k, "by") || _v.IsWordEq(k, "from")) || !_v.IsWord(k - 1)) continue;
            var noun = _v.Word(k - 1);
            if (!QuoteLexicon.Channel.ContainsKey(noun) && noun is not ("remarks" or "comments" or "words" or "message" or "letter")) continue;
            return SpeakerFinder.After(_v, k + 1, colon);
        }

        return default;
    }

    public List<QuoteDraft> Reported(List<QuoteDraft> direct) => new ReportedSpeech(_v, _resolver, _used, _segments).Find(direct);

    private readonly record struct Attribution(int Cue, TokenRange SpeakerTokens, string? CueText)
    {
        public Attribution() : this(-1, default, null) { }
    }

    /// <summary>"in what is being called “the biggest crisis”", "what some are calling an “attack”": a name
    /// given to something, not words someone said ("he described as “militants”" keeps its speaker).</summary>
    private bool IsNaming(int open)
    {
        for (int k = open - 1; k >= Math.Max(0, open - 4); k--)
        {
            if (!_v.IsWord(k)) return false;
            var w = _v.Word(k);
            if (w is "called" or "calling" or "dubbed" or "termed" or "labelled" or "labeled" or "branded" or "known" or "so-called" or "titled" or "entitled" or "named")
            {
                return k == 0 || !_v.IsWord(k - 1) || _v.Word(k - 1) is "being" or "is" or "are" or "was" or "were" or "been" or "be" or "what" or "so" or "often" or "widely";
            }
        }

        return false;
    }

    /// <summary>
    /// “American Pie”, “The Notorious Bettie Page”, “Herald on Sunday”: two to seven words, each capitalised but for
    /// small function words inside, with no sentence mark, name a work, a title or a body, not words anyone said.
    /// </summary>
    private bool IsTitle(TextSpan inner)
    {
        var text = _v.Text.AsSpan(inner.Start, inner.Length).Trim().TrimEnd('.');
        if (text.IndexOfAny('!', '?', ',') >= 0) return false;
        int words = 0;
        foreach (var range in text.Split(' '))
        {
            var w = text[range];
            if (w.Length == 0) continue;
            words++;
            if (char.IsUpper(w[0]) || char.IsDigit(w[0])) continue;
            bool small = words == 1 ? w is "the" : w is "of" or "the" or "a" or "and" or "in" or "on" or "for" or "to" or "at" or "de";
            if (!small) return false;
        }

        return words is >= 2 and <= 7;
    }

    /// <summary>
    /// "…, she said, explaining: “…”": a participle cue after a comma continues the attribution before the comma,
    /// whose speaker speaks.
    /// </summary>
    private Attribution Continued(Attribution att, int lo)
    {
        int c = att.Cue;
        if (c < 2 || !_v.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !_v.Is(c - 1, ',') || c - 2 < lo
            || !_v.IsWord(c - 2) || !QuoteLexicon.Cue.Contains(_v.Word(c - 2))) return att;
        var said = SpeakerFinder.BeforeOrSubject(_v, c - 2, lo);
        return said.IsEmpty ? att : att with { SpeakerTokens = said };
    }

    /// <summary>Quoted words that end with a full stop, question or exclamation mark (not a trailing "...").</summary>
    private bool EndsSentence(TextSpan inner)
    {
        var t = _v.Text.AsSpan(inner.Start, inner.Length).TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' && !t.EndsWith("..", StringComparison.Ordinal);
    }

    /// <summary>
    /// A cue followed by a determiner or pronoun opens its own object ("announced his picks", "said that …"); a
    /// listener ("told the paper") is not one, since "told" takes its listener first.
    /// </summary>
    private bool TakesOwnObject(int cue) =>
        !QuoteLexicon.ObjectCue.Contains(_v.Word(cue)) && _v.IsWord(cue + 1)
        && (QuoteLexicon.Determiner.Contains(_v.Word(cue + 1)) || QuoteLexicon.Pronoun.Contains(_v.Word(cue + 1)));

    /// <summary>No comma, semicolon or other quote between a cue and a partial quote: the cue governs it.</summary>
    private bool SameClause(int cue, int open)
    {
        for (int k = cue + 1; k < open; k++)
        {
            if (_v.Is(k, ',') || _v.Is(k, ';') || _v.IsQuoteMark(k)) return false;
        }

        return true;
    }

    private Attribution FindAfter(int close, int hi)
    {
        if (DashSignature(close, hi) is { } signed) return signed;
        int a = close;
        while (a < hi && !_v.IsWord(a) && !_v.IsQuoteMark(a)) a++;
        int limit = Math.Min(hi, a + (OpensAppositive(a, hi) ? AppositiveWindow : AfterWindow));
        for (int c = a; c < limit; c++)
        {
            if (_v.IsQuoteMark(c)) break;
            if (!_v.IsWord(c)) continue;
            var w = _v.Word(c);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && _v.IsWordEq(c + 1, "to"))
            {
                var who = SpeakerFinder.After(_v, c + 2, hi);
                return who.IsEmpty ? new Attribution() : new Attribution(c, who, "according to");
            }

            if (c == a && w is "points" or "pointed" && _v.IsWordEq(c + 1, "out"))
            {
                var who = SpeakerFinder.After(_v, c + 2, hi); // "“…,” points out the Cambridge resident"
                return who.IsEmpty ? new Attribution() : new Attribution(c, who, $"{w} out");
            }

            if (!QuoteLexicon.Cue.Contains(w) || c > a && ReportedSpeech.IsNoun(_v, c)) continue; // "…,” the report said": the noun, then the cue
            if (c == a)
            {
                var who = SpeakerFinder.After(_v, c + 1, hi);
                return who.IsEmpty ? new Attribution() : new Attribution(c, who, w.ToString().ToLowerInvariant());
            }

            if (w.Equals("saying", StringComparison.OrdinalIgnoreCase) && _v.IsWordEq(c - 1, "as") && _v.IsWordEq(c - 2, "quoted"))
            {
                int b = c - 3;
                if (_v.IsWordEq(b, "was") || _v.IsWordEq(b, "is") || _v.IsWordEq(b, "were")) b--;
                var who = SpeakerFinder.Before(_v, b + 1, a);
                return new Attribution(c, who, "quoted as saying");
            }

            var speaker = SpeakerFinder.Before(_v, c, a);
            if (speaker.IsEmpty) return new Attribution();
            return new Attribution(c, speaker, w.ToString().ToLowerInvariant());
        }

        return new Attribution();
    }

    /// <summary>
    /// "“…we don't matter.” ― Krystal Correa": a dash and a name right after the closing mark sign the quote, as
    /// under an epigraph or a reader's comment; the dash is the cue. Only a capitalised name that the sentence,
    /// a bracket ("(@handle)") or another quote ends counts, so a dash opening an aside ("” — and then he left") does not.
    /// </summary>
    private Attribution? DashSignature(int close, int hi)
    {
        if (close >= hi || _v.Span(close).Length != 1 || _v.Text[_v.Span(close).Start] is not ('\u2015' or '\u2014' or '\u2013')) return null;
        if (_v.LineBreakBetween(_v.Span(close).End, _v.Span(Math.Min(close + 1, _v.Count - 1)).Start)) return null;
        var who = SpeakerFinder.After(_v, close + 1, hi);
        if (who.IsEmpty || !_v.IsCapitalized(who.Start) || who.End - who.Start > 5) return null;
        for (int k = who.Start; k < who.End; k++)
        {
            if (!_v.IsCapitalized(k) && !_v.Is(k, '.')) return null;
        }

        bool ends = who.End >= hi || who.End >= _v.Count || _v.Is(who.End, '.') || _v.Is(who.End, '(') || _v.IsQuoteMark(who.End)
            || _v.LineBreakBetween(_v.Span(who.End - 1).End, _v.Span(who.End).Start);
        return ends ? new Attribution(close, who, _v.Text[_v.Span(close).Start].ToString()) : null;
    }

    /// <summary>
    /// A capitalised name of at most five tokens, then a comma (perhaps after a bracketed aside), starts at token
    /// <paramref name="a"/>.
    /// </summary>
    private bool OpensAppositive(int a, int hi)
    {
        if (a >= hi || !_v.IsCapitalized(a)) return false;
        for (int k = a + 1; k < hi && k <= a + 5; k++)
        {
            if (_v.Is(k, ',')) return true;
            if (_v.Is(k, '('))
            {
                // "Rep. Jim Jordan (R-Ohio), a panel member, said": step over the bracketed aside.
                int close = k + 1;
                while (close < hi && close <= k + 8 && !_v.Is(close, ')')) close++;
                return close < hi && _v.Is(close, ')') && _v.Is(close + 1, ',');
            }

            if (!_v.IsCapitalized(k) && !_v.Is(k, '.')) return false;
        }

        return false;
    }

    private Attribution FindBefore(int open, int lo)
    {
        for (int c = open - 1; c >= lo && c >= open - 30; c--)
        {
            if (!_v.IsWord(c) || _used[c]) continue;
            var w = _v.Word(c);
            if (_v.IsWordEq(c, "to") && _v.IsWordEq(c - 1, "according"))
            {
                var who = SpeakerFinder.After(_v, c + 1, open);
                if (!who.IsEmpty) return new Attribution(c - 1, who, "according to");
                continue;
            }

            if (!QuoteLexicon.Cue.Contains(w) || ReportedSpeech.IsNoun(_v, c)) continue; // "the examiner's report would call him “naive”"
            if (InName(c)) continue; // "crime in the United States is “extremely serious”"
            bool participle = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            var speaker = SpeakerFinder.BeforeOrSubject(_v, c, lo);
            if ((speaker.IsEmpty || SpeakerFinder.HoldsChannel(_v, speaker) || SpeakerFinder.IsObjectOfVerb(_v, speaker)) && participle) speaker = SpeakerFinder.ClauseSubject(_v, c);
            if (speaker.IsEmpty && (_v.IsWordEq(c - 1, "that") || _v.IsWordEq(c - 1, "which"))) speaker = SpeakerFinder.ClauseSubject(_v, c);
            if (speaker.IsEmpty && c == _v.SentenceStart(c)) speaker = InvertedOpening(c, open);
            if (speaker.IsEmpty) continue;
            return new Attribution(c, speaker, w.ToString().ToLowerInvariant());
        }

        return new Attribution();
    }

    /// <summary>
    /// "Said Ellis: “…”", "Added the mayor, “…”": a cue opening its sentence with the speaker after it, then a colon
    /// or comma right before the quote.
    /// </summary>
    private TokenRange InvertedOpening(int cue, int open)
    {
        int end = open - 1;
        if (end <= cue + 1 || !(_v.Is(end, ':') || _v.Is(end, ','))) return default;
        var who = SpeakerFinder.After(_v, cue + 1, end);
        // "Said Dorothy Poynter, who grew up with him, “…”": an aside may stand between the speaker and the quote.
        return who.End == end || !who.IsEmpty && _v.Is(who.End, ',') && end - who.End <= 20 ? who : default;
    }

    /// <summary>A capitalised word after a capitalised word and before a lowercase one ends a name ("United States is"), whatever it spells.</summary>
    private bool InName(int c) =>
        char.IsUpper(_v.Word(c)[0]) && c > 0 && _v.IsWord(c - 1) && char.IsUpper(_v.Word(c - 1)[0]) && _v.IsWord(c + 1) && char.IsLower(_v.Word(c + 1)[0]);

    private string? ChannelIn(int from, int to, int hi, Speaker? speaker)
    {
        if (speaker?.Description is { } d && DescriptionChannel(d) is { } c) return c;
        return _v.ChannelIn(from, Math.Max(to, Math.Min(hi, to + 8)));
    }

    internal static string? DescriptionChannel(string description)
    {
        foreach (var part in description.Split(' '))
        {
            if (QuoteLexicon.Channel.TryGetValue(part.AsSpan(), out var ch)) return ch;
        }

        return null;
    }

    /// <summary>"…before winter,” she said": the comma before the closing mark belongs to the attribution.</summary>
    private TextSpan TrimComma(TextSpan inner)
    {
        int end = inner.End;
        while (end > inner.Start + 1 && (_v.Text[end - 1] == ',' || char.IsWhiteSpace(_v.Text[end - 1]))) end--;
        return new TextSpan(inner.Start, end);
    }

    private TextSpan SentenceSpan(int token) =>
        new(_v.Span(_v.SentenceStart(token)).Start, _v.Span(Math.Max(_v.SentenceStart(token), _v.SentenceEnd(token) - 1)).End);

    internal Document Document => _document;
}
