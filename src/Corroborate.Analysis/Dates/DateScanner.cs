using System.Globalization;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Dates;

/// <summary>
/// Finds date expressions over tokens, sentence by sentence: absolute dates ("Thursday, March 3",
/// "3 March 2022", "2022-03-03"), partial ones ("in March", "in 2009"), weekdays ("on Monday",
/// "last Tuesday"), and relative words ("yesterday", "last month", "earlier this year").
/// Linear in the number of tokens.
/// </summary>
internal static class DateScanner
{
    private static readonly string[] YearPrepositions = ["in", "since", "by", "from", "until", "of", "before", "after", "during", "throughout", "early", "late", "mid", "between", "and", "to", "through"];

    public static List<DateExpression> Scan(Document document)
    {
        var found = new List<DateExpression>();
        var text = document.Text;
        int t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < document.Tokens.Length && document.Tokens[t].Span.Start < sentence.Span.Start) t++;
            int start = t;
            while (t < document.Tokens.Length && document.Tokens[t].Span.End <= sentence.Span.End) t++;
            ScanSentence(text, document.Tokens.AsSpan(start, t - start), found);
        }

        NamedEventDates.Apply(document, found);
        return found;
    }

    private static readonly string[] Prefixes = ["the", "early", "late", "mid", "earlier", "later", "around", "right", "sometime", "nearly", "almost", "about", "roughly", "fiscal", "full", "entire", "whole"];

    private static void ScanSentence(string text, ReadOnlySpan<Token> tokens, List<DateExpression> found)
    {
        // Most sentences name no date: skip them without allocating (the stage keeps ~1M words/s that way).
        if (!MayHoldDate(text, tokens)) return;
        var words = new string[tokens.Length];
        var lower = new string[tokens.Length];
        bool future = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            words[i] = text.Substring(tokens[i].Span.Start, tokens[i].Span.Length);
            lower[i] = words[i].ToLowerInvariant();
            future |= DateLexicon.FutureCues.Contains(lower[i]);
        }

        var s = new Sentence(tokens, words, lower, future);
        int k = 0;
        while (k < tokens.Length)
        {
            int end = TryPrefixed(s, k, out var expression);
            if (end > k && expression is not null)
            {
                found.Add(expression);
                k = end;
            }
            else
            {
                k++;
            }
        }
    }

    private static bool MayHoldDate(string text, ReadOnlySpan<Token> tokens)
    {
        var heads = DateLexicon.HeadLookup;
        foreach (var token in tokens)
        {
            var word = text.AsSpan(token.Span.Start, token.Span.Length);
            if (token.Kind == TokenKind.Number)
            {
                if (word.Length == 4) return true;
                continue;
            }

            if (token.Kind != TokenKind.Word) continue;
            if (heads.Contains(word)) return true;
            int dash = word.IndexOf('-');
            if (dash > 0 && (heads.Contains(word[..dash]) || heads.Contains(word[(word.LastIndexOf('-') + 1)..]))) return true;
        }

        return false;
    }

    /// <summary>The tokens of one sentence, their text and lower-case text, and whether it speaks of the future.</summary>
    private readonly ref struct Sentence(ReadOnlySpan<Token> tokens, string[] words, string[] lower, bool future)
    {
        public readonly ReadOnlySpan<Token> Tokens = tokens;
        public readonly string[] W = words;
        public readonly string[] L = lower;
        public readonly bool Future = future;

        public int Length => W.Length;

        public string At(int i) => i >= 0 && i < L.Length ? L[i] : "";
    }

    /// <summary>
    /// An expression with the modifiers TimeML keeps inside it: "the third quarter", "early next year",
    /// "the end of 1990", "late yesterday", "mid-1990s". Returns the token index after the expression, or 0.
    /// </summary>
    private static int TryPrefixed(in Sentence s, int i, out DateExpression? e)
    {
        int p = i;
        bool onlyThe = true;
        while (p < s.Length - 1 && p - i < 6)
        {
            string x = s.L[p];
            string following = s.L[p + 1];
            // "about two years ago", but not "about recent changes"; "that year", but not "said that Monday".
            if (x is "nearly" or "almost" or "about" or "roughly" && !DateLexicon.Counts.ContainsKey(following) && s.Tokens[p + 1].Kind != TokenKind.Number) break;
            if (x is "that" or "its" && following is "year" or "quarter" or "month" or "week" or "period" or "fiscal" or "first" or "second" or "third" or "fourth")
            {
                onlyThe = false;
                p++;
            }
            else if (Array.IndexOf(Prefixes, x) >= 0)
            {
                onlyThe &= x == "the";
                p++;
                if (x is "mid" or "early" or "late" && s.W[p] == "-" && Adjacent(s.Tokens, p - 1, p)) p++;
            }
            else if (x is "end" or "beginning" or "middle" or "start" && s.At(p + 1) == "of")
            {
                onlyThe = false;
                p += 2;
            }
            else
            {
                break;
            }
        }

        if (p > i && p < s.Length)
        {
            int end = Core(s, p, out var inner);
            // "the 1988 elections", "the Friday meeting": TimeML leaves a bare article outside plain dates.
            // Adjectives take no article either: "the recent slide", "the third-quarter loss", "the year-ago results".
            string first = s.L[p];
            bool adjective = end == p + 1 && (DateLexicon.References.ContainsKey(first) || first is "year-earlier" or "year-ago"
                || (first == "future" && IsNounAfter(s.At(p + 1)))
                || first.EndsWith("-quarter", StringComparison.Ordinal) || first.EndsWith("-half", StringComparison.Ordinal));
            bool plain = inner is not null && first != "year" && inner.Period == DatePeriod.None && !inner.FromContext && inner.YearOffset is null
                && inner.MonthOffset is null && inner.DayOffset is null && inner.WeekOffset is null;
            plain |= adjective;
            if (end > p && inner is not null && !(onlyThe && plain))
            {
                e = inner with { Span = new TextSpan(s.Tokens[i].Span.Start, inner.Span.End) };
                return end;
            }
        }

        return Core(s, i, out e);
    }

    private static int Core(in Sentence s, int i, out DateExpression? e)
    {
        e = null;
        var tokens = s.Tokens;
        var w = s.W;
        string word = w[i];
        string lower = s.L[i];

        if (DateLexicon.Weekdays.TryGetValue(lower, out var weekday) && char.IsUpper(word[0]) && (word.Length > 3 || Next(w, i) == "."))
        {
            int j = i + 1;
            if (j < w.Length && w[j] == ",") j++;
            int n = AbsoluteAt(tokens, w, j, out var absolute);
            if (n > 0)
            {
                e = absolute! with { Span = Span(tokens, i, j + n), Weekday = weekday };
                return j + n;
            }

            int start = i, dir = 0;
            if (i > 0 && s.L[i - 1] is "last" or "past" or "previous")
            {
                start = i - 1;
                dir = -1;
            }
            else if (i > 0 && s.L[i - 1] is "next" or "coming")
            {
                start = i - 1;
                dir = 1;
            }
            else if (FutureBefore(s.L, i) || FutureAfter(s.L, i))
            {
                dir = 1;
            }

            e = new DateExpression(Span(tokens, start, i + 1)) { Weekday = weekday, Direction = dir };
            return i + 1;
        }

        int len = AbsoluteAt(tokens, w, i, out var abs);
        if (len > 0)
        {
            e = abs!.Year is not null ? abs
                : NamesAnIncident(s, i + len) ? abs with { Direction = -1 }
                : FutureAt(s, i) ? abs with { Direction = 1 } : abs;
            return i + len;
        }

        if (DecadeAt(s, i, out e) is var decadeEnd and > 0) return decadeEnd;
        if (PeriodAt(s, i, possessed: false, out e) is var periodEnd and > 0) return periodEnd;
        if (AgoAt(s, i, out e) is var agoEnd and > 0) return agoEnd;
        if (SeasonAt(s, i, 0, out e) is var seasonEnd and > 0) return seasonEnd;
        if (SpelledYear(s, i, out int spelled) is var spelledEnd and > 0)
        {
            e = new DateExpression(Span(tokens, i, spelledEnd)) { Year = spelled };
            return spelledEnd;
        }

        if (RelativeAt(s, i, out e) is var relativeEnd and > 0) return relativeEnd;

        // "mid-November", "early-1990" written as one hyphenated word.
        int dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && lower[..dash] is "mid" or "early" or "late" && DateLexicon.Months.TryGetValue(lower[(dash + 1)..], out int midMonth))
        {
            e = new DateExpression(tokens[i].Span) { Month = midMonth, Direction = FutureAt(s, i) ? 1 : 0 };
            return i + 1;
        }

        // "in March", "since January", "January's figures": a month standing alone (after a preposition
        // for the words that are also verbs or names: May, March, August).
        if (DateLexicon.Months.TryGetValue(lower, out int month) && char.IsUpper(word[0]) && word.Length >= 3
            && (!DateLexicon.IsAmbiguousShortForm(word)
                || (lower == "may" && s.At(i - 1) is "in" or "by" or "since" or "until" or "last" or "next" or "this" or "early" or "late" or "mid" or "during"
                    && s.At(i + 1) is not ("'s" or "’s")))
            && ((i > 0 && s.L[i - 1] is "in" or "since" or "by" or "until" or "early" or "late" or "mid" or "from" or "during" or "last" or "this" or "next" or "of" or "through" or "before" or "after")
                || (i > 0 && lower is not ("march" or "august" or "june" or "april") && word.Length >= 5)
                || SpelledYear(s, i + 1, out _) > 0))
        {
            string before = s.At(i - 1);
            int start = before is "last" or "this" or "next" ? i - 1 : i;
            int dir = before switch { "last" => -1, "next" => 1, _ => FutureAt(s, i) ? 1 : 0 };
            int? yearOffset = before == "this" ? 0 : null;
            int end = i + 1, n;
            if (s.At(i + 1) is "last" or "this" or "next" && s.At(i + 2) == "year")
            {
                yearOffset = s.L[i + 1] switch { "last" => -1, "next" => 1, _ => 0 };
                end = i + 3;
            }
            else if ((n = SpelledYear(s, i + 1, out int spelledYear)) > 0)
            {
                e = new DateExpression(Span(tokens, start, n)) { Month = month, Year = spelledYear };
                return n;
            }

            e = new DateExpression(Span(tokens, start, end)) { Month = month, Direction = dir, YearOffset = yearOffset };
            return end;
        }

        // "in 2009", "the 1988 elections": a four-digit year, unless it counts something ("1990 people", "$2000").
        if (tokens[i].Kind == TokenKind.Number && word.Length == 4 && int.TryParse(word, CultureInfo.InvariantCulture, out int year)
            && year is >= 1900 and <= 2100
            && (i > 0 && YearPrepositions.Contains(s.L[i - 1])
                || !(i > 0 && w[i - 1] is "$" or "£" or "€") && !(i + 1 < w.Length && s.L[i + 1] is "people" or "workers" or "soldiers" or "troops" or "jobs" or "percent" or "%")))
        {
            e = new DateExpression(tokens[i].Span) { Year = year };
            return i + 1;
        }

        return 0;
    }

    /// <summary>"yesterday", "now", "recently", "the past", "last week", "this year's third quarter", "the year".</summary>
    private static int RelativeAt(in Sentence s, int i, out DateExpression? e)
    {
        e = null;
        var tokens = s.Tokens;
        string lower = s.L[i], next = s.At(i + 1), before = s.At(i - 1);
        bool det = before is "the" or "that" or "this" or "its" or "fiscal" or "end" or "full" or "entire";
        switch (lower)
        {
            case "yesterday":
                e = new DateExpression(tokens[i].Span) { DayOffset = -1 };
                return i + 1;
            case "today" or "tonight":
                e = new DateExpression(tokens[i].Span) { DayOffset = 0 };
                return i + 1;
            case "tomorrow":
                e = new DateExpression(tokens[i].Span) { DayOffset = 1 };
                return i + 1;
            // "player of the year", "the year's best album": an award or a superlative, not the current year.
            // "the year ended March 31" is a fiscal year named by its end date, which TimeBank leaves unmarked.
            case "year" when det && next is not ("ago" or "earlier" or "before" or "later" or "after" or "-" or "end" or "'s" or "’s" or "ended" or "ending")
                && !(s.At(i - 2) == "of" && s.At(i - 3) is not ("end" or "beginning" or "middle" or "start" or "rest" or "part" or "half" or "quarter"
                    or "remainder" or "months" or "weeks" or "days" or "quarters")):
                if (SpelledYear(s, i + 1, out int y2000) is var n and > 0)
                {
                    e = new DateExpression(Span(tokens, i, n)) { Year = y2000 };
                    return n;
                }

                e = before == "that" ? new DateExpression(tokens[i].Span) { FromContext = true, YearOffset = 0 } : new DateExpression(tokens[i].Span) { YearOffset = 0 };
                return i + 1;
            case "week" when det:
                e = new DateExpression(tokens[i].Span) { Period = DatePeriod.Week, WeekOffset = 0 };
                return i + 1;
            case "weekend" when det:
                e = new DateExpression(tokens[i].Span) { Period = DatePeriod.Weekend, Direction = FutureAt(s, i) ? 1 : 0 };
                return i + 1;
            case "past" when before == "the" && !IsUnit(next) && DateLexicon.Counts.ContainsKey(next) is false && next is not ("several" or "few"):
            case "future" when !IsUnit(next): // TimeML marks the adjective too: "future losses"
                e = new DateExpression(tokens[i].Span) { Period = lower == "past" ? DatePeriod.PastReference : DatePeriod.FutureReference };
                return i + 1;
            case "near" or "short" when before == "the" && next is "future" or "term":
                e = new DateExpression(Span(tokens, i, i + 2)) { Period = DatePeriod.FutureReference };
                return i + 2;
            case "year-earlier" or "year-ago":
                e = new DateExpression(tokens[i].Span) { FromContext = true, YearOffset = -1 };
                return i + 1;
            case "year-end":
                e = new DateExpression(tokens[i].Span) { YearOffset = 0 };
                return i + 1;
            case "year" when next == "end" || (next is "'s" or "’s" && s.At(i + 2) == "end"):
                e = new DateExpression(Span(tokens, i, next == "end" ? i + 2 : i + 3)) { YearOffset = 0 };
                return next == "end" ? i + 2 : i + 3;
            case "month" when det:
                e = new DateExpression(tokens[i].Span) { MonthOffset = 0 };
                return i + 1;
            case "following" when before == "the" && next == "year":
                e = new DateExpression(Span(tokens, i, i + 2)) { FromContext = true, YearOffset = 1 };
                return i + 2;
            case "following" when before == "the" && next == "month":
                e = new DateExpression(Span(tokens, i, i + 2)) { FromContext = true, MonthOffset = 1 };
                return i + 2;
            case "previously" when i == 0:
                // Opening a sentence it dates the whole statement ("Previously, it offered $13"); inside one it mostly
                // qualifies a verb ("previously announced"), which TimeBank leaves unmarked (2 of 17, dev run 2026-11-23).
                e = new DateExpression(tokens[i].Span) { Period = DatePeriod.PastReference };
                return i + 1;
            case "these" when next == "days":
                e = new DateExpression(Span(tokens, i, i + 2)) { Period = DatePeriod.PresentReference };
                return i + 2;
            case "recent" or "coming" or "future" or "past" when next is "years" or "months" or "weeks" or "days" or "quarters" or "decades":
                e = new DateExpression(Span(tokens, i, i + 2)) { Period = lower is "recent" or "past" ? DatePeriod.PastReference : DatePeriod.FutureReference };
                return i + 2;
            case "last" or "this" or "next" or "past" or "coming" or "current" or "previous" when i + 1 < s.Length:
                if (UnitAfter(s, i, out e) is var unitEnd and > 0) return unitEnd;
                break;
        }

        if (DateLexicon.References.TryGetValue(lower, out var reference) && !(lower == "current" && next is "account" or "accounts" or "assets" or "liabilities"))
        {
            e = new DateExpression(tokens[i].Span) { Period = reference };
            return i + 1;
        }

        return 0;
    }

    /// <summary>"last week", "this month", "next year", "this past spring", "last year's quarter", "the current quarter".</summary>
    private static int UnitAfter(in Sentence s, int i, out DateExpression? e)
    {
        e = null;
        var tokens = s.Tokens;
        string lower = s.L[i];
        int offset = lower is "last" or "past" or "previous" ? -1 : lower is "next" or "coming" ? 1 : 0;
        int u = i + 1;
        if (lower == "this" && s.At(u) is "past" or "coming")
        {
            offset = s.L[u] == "past" ? -1 : 1;
            u++;
        }

        string unit = s.At(u);
        if (offset < 0 && unit is "few" or "several" && IsUnit(s.At(u + 1)))
        {
            e = new DateExpression(Span(tokens, i, u + 2)) { Period = DatePeriod.PastReference };
            return u + 2;
        }

        switch (unit)
        {
            case "decade":
                e = new DateExpression(Span(tokens, i, u + 1)) { Period = DatePeriod.Decade, YearOffset = offset };
                return u + 1;
            case "night" when lower == "last":
                e = new DateExpression(Span(tokens, i, u + 1)) { DayOffset = -1 };
                return u + 1;
            case "morning" or "afternoon" or "evening" when lower == "this":
                e = new DateExpression(Span(tokens, i, u + 1)) { DayOffset = 0 };
                return u + 1;
            case "week":
                e = new DateExpression(Span(tokens, i, u + 1)) { Period = DatePeriod.Week, WeekOffset = offset };
                return u + 1;
            case "weekend":
                e = new DateExpression(Span(tokens, i, u + 1)) { Period = DatePeriod.Weekend, WeekOffset = offset == 0 ? null : offset, Direction = offset == 0 ? 1 : offset };
                return u + 1;
            case "month":
                e = new DateExpression(Span(tokens, i, u + 1)) { MonthOffset = offset };
                return u + 1;
            case "quarter" when lower is not "previous":
                e = new DateExpression(Span(tokens, i, u + 1)) { Period = DatePeriod.Quarter, PeriodOffset = offset };
                return u + 1;
            case "fiscal" when s.At(u + 1) == "year":
            case "year":
                int end = unit == "fiscal" ? u + 2 : u + 1;
                if (s.At(end) is "'s" or "’s" && PeriodAt(s, end + 1, possessed: true, out var q) is var qEnd and > 0)
                {
                    e = q! with { Span = Span(tokens, i, qEnd), YearOffset = offset, FromContext = false };
                    return qEnd;
                }

                e = new DateExpression(Span(tokens, i, end)) { YearOffset = offset };
                return end;
        }

        return SeasonAt(s, u, offset == 0 ? 0 : offset, out e) is var seasonEnd and > 0
            ? Extend(ref e, tokens, i, seasonEnd)
            : 0;
    }

    private static int Extend(ref DateExpression? e, ReadOnlySpan<Token> tokens, int from, int end)
    {
        e = e! with { Span = new TextSpan(tokens[from].Span.Start, e.Span.End) };
        return end;
    }

    /// <summary>"spring", "the summer of 1994", "this fall", "the winter of nineteen ninety-four".</summary>
    private static int SeasonAt(in Sentence s, int i, int direction, out DateExpression? e)
    {
        e = null;
        if (i >= s.Length || !DateLexicon.Seasons.TryGetValue(s.L[i], out int season)) return 0;
        string before = s.At(i - 1);
        bool cued = direction != 0 || before is "the" or "this" or "last" or "next" or "past" or "early" or "late" or "in" or "during" or "by" or "coming" or "mid";
        // "prices fall", "a summer job": the season needs a determiner or preposition in front, or a year after.
        int end = i + 1;
        int? year = null;
        if (s.At(i + 1) == "of")
        {
            if (YearNumber(s.At(i + 2), s.Tokens[Math.Min(i + 2, s.Length - 1)]) is int y && i + 2 < s.Length)
            {
                year = y;
                end = i + 3;
            }
            else if (SpelledYear(s, i + 2, out int sy) is var n and > 0)
            {
                year = sy;
                end = n;
            }
        }
        else if (YearNumber(s.At(i + 1), s.Tokens[Math.Min(i + 1, s.Length - 1)]) is int y2 && i + 1 < s.Length)
        {
            year = y2;
            end = i + 2;
        }

        if (!cued && year is null) return 0;
        if (s.L[i] == "fall" && year is null && before is not ("the" or "this" or "last" or "next" or "past" or "early" or "late")) return 0;
        e = new DateExpression(Span(s.Tokens, i, end)) { Period = DatePeriod.Season, PeriodIndex = season, Year = year, Direction = direction };
        return end;
    }

    /// <summary>"1990s", "the '80s", "the nineties", "the 20th century".</summary>
    private static int DecadeAt(in Sentence s, int i, out DateExpression? e)
    {
        e = null;
        var tokens = s.Tokens;
        string word = s.W[i];
        if (tokens[i].Kind == TokenKind.Number && word.Length == 4 && word[3] == '0' && YearNumber(word, tokens[i]) is int y
            && s.At(i + 1) == "s" && Adjacent(tokens, i, i + 1))
        {
            e = new DateExpression(Span(tokens, i, i + 2)) { Year = y, Period = DatePeriod.Decade };
            return i + 2;
        }

        // "1970's", "70's": the apostrophe before the s.
        if (tokens[i].Kind == TokenKind.Number && word.Length is 2 or 4 && word[^1] == '0' && s.At(i + 1) is "'" or "’" && s.At(i + 2) == "s"
            && Adjacent(tokens, i, i + 2) && (word.Length == 2 || YearNumber(word, tokens[i]) is not null))
        {
            int decadeYear = word.Length == 4 ? int.Parse(word, CultureInfo.InvariantCulture) : 1900 + ((word[0] - '0') * 10);
            e = new DateExpression(Span(tokens, i, i + 3)) { Year = decadeYear, Period = DatePeriod.Decade };
            return i + 3;
        }

        // "Q3 2016", "in Q4", "H1 2016": quarters and halves as analysts write them.
        if (word.Length == 2 && word[0] is 'Q' or 'H' && word[1] is >= '1' and <= '4' && (word[0] == 'Q' || word[1] <= '2'))
        {
            int? qYear = YearNumber(s.At(i + 1), tokens[Math.Min(i + 1, s.Length - 1)]) is int qy && i + 1 < s.Length ? qy : null;
            if (qYear is null && s.At(i - 1) is not ("in" or "for" or "during" or "by" or "the" or "this" or "of")) return 0;
            e = new DateExpression(Span(tokens, i, qYear is null ? i + 1 : i + 2))
            {
                Period = word[0] == 'Q' ? DatePeriod.Quarter : DatePeriod.Half,
                PeriodIndex = word[1] - '0',
                Year = qYear,
                Direction = FutureAt(s, i) ? 1 : 0,
            };
            return qYear is null ? i + 1 : i + 2;
        }

        if (word is "'" or "’" && i + 2 < s.Length && tokens[i + 1].Kind == TokenKind.Number && s.W[i + 1].Length == 2 && s.W[i + 1][1] == '0'
            && s.L[i + 2] == "s" && Adjacent(tokens, i, i + 2))
        {
            e = new DateExpression(Span(tokens, i, i + 3)) { Year = 1900 + ((s.W[i + 1][0] - '0') * 10), Period = DatePeriod.Decade };
            return i + 3;
        }

        if (DateLexicon.DecadeWords.TryGetValue(s.L[i], out int decade) && s.At(i - 1) is "the" or "early" or "mid" or "late" or "-")
        {
            e = new DateExpression(tokens[i].Span) { Year = decade, Period = DatePeriod.Decade };
            return i + 1;
        }

        if (tokens[i].Kind == TokenKind.Number && s.At(i + 1) == "century" && OrdinalNumber(word) is int c and >= 2 and <= 30)
        {
            e = new DateExpression(Span(tokens, i, i + 2)) { Year = (c - 1) * 100, Period = DatePeriod.Century };
            return i + 2;
        }

        return 0;
    }

    /// <summary>
    /// Quarters and halves as financial news writes them: "the third quarter (of 1990)", "third-quarter",
    /// "the fiscal first quarter", "the 1988 third quarter", "the year-earlier quarter", "the latest period",
    /// "the second half", "the quarter a year ago". <paramref name="possessed"/>: after "this year's".
    /// </summary>
    private static int PeriodAt(in Sentence s, int i, bool possessed, out DateExpression? e)
    {
        e = null;
        var tokens = s.Tokens;
        int j = i;
        int? year = null, index = null, yearOffset = null;
        bool context = false, current = false, qualified = false, latest = false, fiscal = s.At(i - 1) == "fiscal";
        var period = DatePeriod.None;
        for (; j < s.Length && j - i < 5; j++)
        {
            string x = s.L[j];
            if (YearNumber(s.W[j], tokens[j]) is int y && year is null && index is null)
            {
                year = y;
                continue;
            }

            if (x is "latest" or "comparable" or "corresponding" or "same" or "fiscal" or "flat" or "year-to-year")
            {
                qualified |= x is not "fiscal" and not "flat";
                fiscal |= x == "fiscal";
                context |= x is "comparable" or "corresponding" or "same";
                latest |= x == "latest";
                continue;
            }

            if (x is "year-earlier" or "year-ago" or "prior-year" or "year-before")
            {
                context = true;
                yearOffset = -1;
                qualified = true;
                continue;
            }

            if (x == "current")
            {
                current = true;
                continue;
            }

            if (DateLexicon.Ordinals.TryGetValue(x, out int ordinal) && x != "last")
            {
                index = ordinal;
                continue;
            }

            if (x == "last" && s.At(j + 1) == "half")
            {
                index = 2;
                continue;
            }

            int dash = x.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && x[(dash + 1)..] is "quarter" or "half" && DateLexicon.Ordinals.TryGetValue(x[..dash], out int hyphenated))
            {
                index = hyphenated;
                period = x.EndsWith("quarter", StringComparison.Ordinal) ? DatePeriod.Quarter : DatePeriod.Half;
                j++;
                break;
            }

            if (x is "quarter" or "period" or "half")
            {
                period = x == "half" ? DatePeriod.Half : DatePeriod.Quarter;
                bool ok = x switch
                {
                    "half" => index is not null,
                    "period" => year is not null || qualified || context || latest,
                    _ => index is not null || year is not null || qualified || context || current || possessed
                        || s.At(i - 1) is "the" or "that" or "this" or "its" or "fiscal",
                };
                if (!ok) return 0;
                j++;
                break;
            }

            return 0;
        }

        if (period == DatePeriod.None || (period == DatePeriod.Half && index > 2)) return 0; // "the third half" is no date
        if (s.At(j) == "of" && YearNumber(s.At(j + 1), tokens[Math.Min(j + 1, s.Length - 1)]) is int ofYear && j + 1 < s.Length)
        {
            year = ofYear;
            j += 2;
        }
        else if (s.At(j) == "of" && s.At(j + 1) is "this" or "last" or "next" && s.At(j + 2) == "year")
        {
            yearOffset = s.L[j + 1] switch { "last" => -1, "next" => 1, _ => 0 };
            j += 3;
        }
        else if (s.At(j) is "a" or "one" && s.At(j + 1) == "year" && s.At(j + 2) is "ago" or "earlier")
        {
            yearOffset = -1;
            context = true;
            j += 3;
        }
        else if (s.At(j) is "last" or "this" or "next" && s.At(j + 1) == "year")
        {
            yearOffset = s.L[j] switch { "last" => -1, "next" => 1, _ => 0 };
            j += 2;
        }

        // "the second half" alone is as often a match's as a year's (BBC sport): a half needs its year in view.
        if (period == DatePeriod.Half && year is null && yearOffset is null && !possessed && !fiscal) return 0;
        e = new DateExpression(Span(tokens, i, j))
        {
            Period = period,
            PeriodIndex = index,
            Year = year,
            Direction = FutureAt(s, i) ? 1 : 0,
            YearOffset = yearOffset,
            // "the latest quarter": the last complete one, whatever quarter the text discussed before.
            PeriodOffset = current ? 0 : latest && index is null && year is null && !context ? -1 : null,
            FromContext = context || (index is null && !current && !latest && year is null),
        };
        return j;
    }

    /// <summary>"two years ago", "a year earlier", "10 days ago", "a week or so ago", "several years ago".</summary>
    private static int AgoAt(in Sentence s, int i, out DateExpression? e)
    {
        e = null;
        string x = s.L[i];
        int n;
        if (DateLexicon.Counts.TryGetValue(x, out int count)) n = count;
        else if (s.Tokens[i].Kind == TokenKind.Number && int.TryParse(x, CultureInfo.InvariantCulture, out int number) && number is > 0 and < 200) n = number;
        else if (x is "several" or "few" or "many") n = 0;
        else return 0;

        int u = i + 1;
        if (x == "a" && s.At(u) == "few")
        {
            n = 0;
            u++;
        }

        string unit = s.At(u);
        if (!IsUnit(unit)) return 0;
        int end = u + 1;
        if (s.At(end) == "or" && s.At(end + 1) == "so") end += 2;
        string tail = s.At(end);
        if (tail is not ("ago" or "earlier")) return 0;
        var span = Span(s.Tokens, i, end + 1);
        string singular = unit.TrimEnd('s');
        if (n == 0)
        {
            e = new DateExpression(span) { Period = DatePeriod.PastReference };
        }
        else
        {
            e = singular switch
            {
                "day" => new DateExpression(span) { DayOffset = -n },
                "week" => new DateExpression(span) { DayOffset = -7 * n },
                "month" => new DateExpression(span) { MonthOffset = -n },
                "quarter" => new DateExpression(span) { Period = DatePeriod.Quarter, PeriodOffset = -n },
                _ => new DateExpression(span) { YearOffset = -n, FromContext = n == 1 },
            };
        }

        return end + 1;
    }

    /// <summary>"nineteen ninety-six", "nineteen eighty", "two thousand": a year read aloud.</summary>
    private static int SpelledYear(in Sentence s, int i, out int year)
    {
        year = 0;
        string x = s.At(i);
        if (x == "two" && s.At(i + 1) == "thousand")
        {
            year = 2000;
            int end = i + 2;
            if (s.At(end) == "and" && (DateLexicon.Units.TryGetValue(s.At(end + 1), out int unit) || DateLexicon.Tens.TryGetValue(s.At(end + 1), out unit)))
            {
                year += unit;
                end += 2;
            }
            else if (DateLexicon.Units.TryGetValue(s.At(end), out int unit2))
            {
                year += unit2;
                end++;
            }

            return end;
        }

        if (x is not ("nineteen" or "eighteen")) return 0;
        string rest = s.At(i + 1);
        int dash = rest.IndexOf('-', StringComparison.Ordinal);
        int tens, ones = 0, next = i + 2;
        if (dash > 0)
        {
            if (!DateLexicon.Tens.TryGetValue(rest[..dash], out tens) || !DateLexicon.Units.TryGetValue(rest[(dash + 1)..], out ones)) return 0;
        }
        else if (!DateLexicon.Tens.TryGetValue(rest, out tens) || tens < 20)
        {
            return 0;
        }
        else if (tens % 10 == 0 && DateLexicon.Units.TryGetValue(s.At(next), out ones))
        {
            next++; // "nineteen twenty eight"
        }

        year = (x == "nineteen" ? 1900 : 1800) + tens + ones;
        return next;
    }

    private static bool IsUnit(string word) => word is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "quarter" or "quarters" or "decade" or "decades";

    private static bool IsNounAfter(string word) => word.Length > 0 && char.IsLetter(word[0]) && word is not ("and" or "or" or "but" or "is" or "was" or "will" or "of" or "in");

    private static int? OrdinalNumber(string word)
    {
        int n = 0, digits = 0;
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c)) break;
            n = (n * 10) + (c - '0');
            digits++;
        }

        return digits > 0 && word[digits..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" ? n : null;
    }

    /// <summary>"March 3(, 2022)", "3 March( 2022)", "March 2022", "2022-03-03", "Jan. 5".</summary>
    private static int AbsoluteAt(ReadOnlySpan<Token> tokens, string[] w, int i, out DateExpression? e)
    {
        e = null;
        if (i >= w.Length) return 0;
        string word = w[i];

        // ISO 2022-03-03 (tokens 2022 - 03 - 03, adjacent).
        if (i + 4 < w.Length && word.Length == 4 && tokens[i].Kind == TokenKind.Number && w[i + 1] == "-" && w[i + 3] == "-"
            && Adjacent(tokens, i, i + 4) && int.TryParse(word, CultureInfo.InvariantCulture, out int iy)
            && int.TryParse(w[i + 2], CultureInfo.InvariantCulture, out int im) && int.TryParse(w[i + 4], CultureInfo.InvariantCulture, out int id)
            && Valid(iy, im, id))
        {
            e = new DateExpression(Span(tokens, i, i + 5)) { Year = iy, Month = im, Day = id };
            return 5;
        }

        if (DateLexicon.Months.TryGetValue(word, out int month) && char.IsUpper(word[0]))
        {
            int j = i + 1;
            if (j < w.Length && w[j] == "." && word.Length <= 4) j++;
            if (j < w.Length && DayNumber(w[j], tokens[j]) is int day && Valid(2000, month, day))
            {
                int end = j + 1;
                int? year = null;
                int y0 = end < w.Length && w[end] == "," ? end + 1 : end;
                if (y0 < w.Length && YearNumber(w[y0], tokens[y0]) is int y)
                {
                    year = y;
                    end = y0 + 1;
                }

                e = new DateExpression(Span(tokens, i, end)) { Month = month, Day = day, Year = year };
                return end - i;
            }

            if (j < w.Length && YearNumber(w[j], tokens[j]) is int yy && !DateLexicon.IsAmbiguousShortForm(word))
            {
                e = new DateExpression(Span(tokens, i, j + 1)) { Month = month, Year = yy };
                return j + 1 - i;
            }

            return 0;
        }

        if (tokens[i].Kind == TokenKind.Number && DayNumber(word, tokens[i]) is int d && i + 1 < w.Length
            && DateLexicon.Months.TryGetValue(w[i + 1], out int m2) && char.IsUpper(w[i + 1][0]) && Valid(2000, m2, d))
        {
            int end = i + 2;
            if (end < w.Length && w[end] == "." && w[i + 1].Length <= 4) end++;
            int? year = null;
            if (end < w.Length && YearNumber(w[end], tokens[end]) is int y)
            {
                year = y;
                end++;
            }

            e = new DateExpression(Span(tokens, i, end)) { Month = m2, Day = d, Year = year };
            return end - i;
        }

        return 0;
    }

    /// <summary>How many words before a date a future cue still counts (TimeBank dev runs 2026-11-23: see commit).</summary>
    private const int FutureWindow = 6;

    /// <summary>A future cue shortly before, and no "since" right before (which always looks back).</summary>
    private static bool FutureAt(in Sentence s, int i) => s.At(i - 1) != "since" && FutureBefore(s.L, i);

    /// <summary>
    /// "the committee investigating the Jan. 6 riot", "the Jan. 6 attack on the Capitol": a day that names an attack,
    /// a riot or a disaster names one that has happened, however near the next such day is.
    /// </summary>
    private static bool NamesAnIncident(in Sentence s, int after)
    {
        int k = after;
        if (k < s.Length && s.W[k].Length > 0 && char.IsUpper(s.W[k][0])) k++; // "the Jan. 6 Capitol riot"
        return s.At(k) is "riot" or "riots" or "attack" or "attacks" or "insurrection" or "siege" or "shooting" or "shootings" or "bombing"
            or "bombings" or "massacre" or "killing" or "killings" or "crash" or "explosion" or "blast" or "uprising" or "assault" or "storming";
    }

    /// <summary>"Rain is forecast to ease on Tuesday and will last into the afternoon": a future auxiliary right after the date.</summary>
    private static bool FutureAfter(string[] w, int i)
    {
        for (int k = i + 1; k < Math.Min(w.Length, i + 4); k++)
        {
            if (w[k] is "will" or "'ll" or "’ll" or "shall") return true;
            if (w[k] is "," or "." or ";" or "said" or "says" or "told") return false;
        }

        return false;
    }

    private static bool FutureBefore(string[] w, int i)
    {
        for (int k = Math.Max(0, i - FutureWindow); k < i; k++)
        {
            // "set to meet" looks ahead; "the record set on Aug. 6" does not.
            if (DateLexicon.FutureCues.Contains(w[k]) && (w[k] != "set" || (k + 1 < w.Length && w[k + 1] == "to"))) return true;
        }

        return false;
    }

    private static string? Next(string[] w, int i) => i + 1 < w.Length ? w[i + 1] : null;

    private static int? DayNumber(string word, Token token)
    {
        if (token.Kind != TokenKind.Number) return null;
        int n = 0, digits = 0;
        foreach (char c in word)
        {
            if (!char.IsDigit(c)) break;
            n = n * 10 + (c - '0');
            digits++;
        }

        bool suffixOk = digits == word.Length || word[digits..].ToLowerInvariant() is "st" or "nd" or "rd" or "th";
        return digits is 1 or 2 && suffixOk && n is >= 1 and <= 31 ? n : null;
    }

    private static int? YearNumber(string word, Token token) =>
        token.Kind == TokenKind.Number && word.Length == 4 && int.TryParse(word, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100 ? y : null;

    private static bool Valid(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static bool Adjacent(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Span.End != tokens[k + 1].Span.Start) return false;
        }

        return true;
    }

    private static TextSpan Span(ReadOnlySpan<Token> tokens, int from, int toExclusive) =>
        new(tokens[from].Span.Start, tokens[toExclusive - 1].Span.End);
}
