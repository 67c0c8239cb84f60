using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Analysis.Quantities;

/// <summary>A number as written: where it starts and ends (in tokens), its value, unit, hedge and bounds.</summary>
internal sealed record NumberMention(int Start, int End, double Value, string? Unit, string? Hedge, double? Low, double? High);

/// <summary>
/// Finds numbers in a sentence's tokens: digits with separators and decimals, number words ("two", "a dozen",
/// "tens of thousands", "two-thirds"), scales ("1 million", "$1.13bn", "£600m"), percentages, currencies, units,
/// ranges ("between 200 and 300", "from 4.8 to 4.7 percent", "15-22 miles") and hedges.
/// Skips what is not a quantity: parts of dates, clock times, ordinals, names ("category 4", "BBC One").
/// </summary>
internal static class NumberScanner
{
    /// <summary>The hedges split into words once: the scanner runs on every number of every article.</summary>
    private static readonly (string[] Words, string Phrase, int Bound)[] HedgeWords =
        [.. QuantityLexicon.Hedges.Select(h => (h.Phrase.Split(' '), h.Phrase, h.Bound)).OrderByDescending(h => h.Item1.Length)];

    private static readonly (string[] Words, string Unit)[] UnitPhrases = [.. QuantityLexicon.UnitPhrases.OrderByDescending(p => p.Words.Length)];

    public static List<NumberMention> Scan(string text, Words w, Token[] tokens, Func<int, bool> inDate)
    {
        var found = new List<NumberMention>();
        var s = new Sentence(text, w, tokens, inDate);
        for (int i = 0; i < w.Length; i++)
        {
            if (!MayStart(s, i) || inDate(i) || !TrySimple(s, i, out var a)) continue;
            bool ranged = TryRange(s, a, out var b, out bool from, out bool between);
            if (a.Digits && (IsTime(w, tokens, a.NumStart, a.NumEnd) || IsIdentifier(s, a, ranged))) continue;
            if (!a.Digits && a.Currency is null && IsNameWord(w, a.NumStart)) continue;
            if (!ranged && IsYearLike(s, a) && a.End + 1 < w.Length && w[a.End].ToLowerInvariant() is "and" or "to" or "-" or "–" && inDate(a.End + 1)) continue;

            int start = a.Start, end = a.End;
            double value = a.Value;
            double? low = null, high = null;
            string? unit = a.Unit;
            string? rangeHedge = null;
            if (ranged)
            {
                if (between || from) start--;
                end = b.End;
                unit = b.Unit ?? a.Unit;
                double first = a.Scale == 1 && b.Scale > 1 && a.Raw <= b.Raw ? a.Value * b.Scale : a.Value;
                if (IsYearPair(a, b))
                {
                    i = b.End - 1; // "between 1600 and 1900": years, not a quantity
                    continue;
                }

                (low, high) = (Math.Min(first, b.Value), Math.Max(first, b.Value));
                value = from ? b.Value : first; // "rose from 20 to 30": the figure now is the second
                rangeHedge = from ? "from" : "between";
            }
            else if (a.Vague)
            {
                (low, high) = (a.Value, a.Value * 10); // "thousands": at least a thousand, fewer than ten thousand
                rangeHedge = w[a.NumStart].ToLowerInvariant();
            }

            var (hedge, bound, hedgeStart) = rangeHedge is null ? Hedge(w, start) : (rangeHedge, 2, start);
            if (rangeHedge is null)
            {
                (low, high) = bound switch
                {
                    1 => ((double?)value, (double?)null),
                    -1 => (null, value),
                    _ when hedge is null => (value, value),
                    _ => (null, null),
                };
            }

            // "aged 45": an age.
            if (unit is null && a.Start > 0 && w[a.Start - 1].Equals("aged", StringComparison.OrdinalIgnoreCase)) unit = "years old";
            found.Add(new NumberMention(hedgeStart, end, value, unit, hedge, low, high));
            i = end - 1;
        }

        return found;
    }

    /// <summary>Whether a number can start at token i: most words are rejected here without allocating.</summary>
    private static bool MayStart(Sentence s, int i)
    {
        var word = s.W.Span(i);
        switch (s.Tokens[i].Kind)
        {
            case TokenKind.Number:
                return true;
            case TokenKind.Word:
                if (word.ContainsAnyInRange('0', '9')) return true;
                int dash = word.IndexOf('-');
                return QuantityLexicon.NumberStarters.Contains(dash > 0 ? word[..dash] : word)
                    || word is "a" or "an" or "A" or "An" or "minus" or "Minus" or "Y"
                    || (word.Length <= 3 && char.IsUpper(word[0]) && (QuantityLexicon.DollarPrefixes.ContainsKey(s.W[i]) || QuantityLexicon.CurrencyCodes.ContainsKey(s.W[i])));
            default:
                return word is "-" or "−" or "." || QuantityLexicon.Currencies.ContainsKey(s.W[i]);
        }
    }

    /// <summary>The tokens of one sentence, their text and the document text they point into.</summary>
    private sealed record Sentence(string Text, Words W, Token[] Tokens, Func<int, bool> InDate)
    {
        public bool Glued(int left, int right) => Tokens[left].Span.End == Tokens[right].Span.Start;

        public string Lower(int i) => W[i].ToLowerInvariant();
    }

    /// <summary>One number with what is written around it: currency before, scale and unit after.</summary>
    private readonly record struct Simple(int Start, int NumStart, int NumEnd, int End, double Value, double Raw, double Scale,
        string? Unit, string? Currency, bool Digits, bool Vague);

    /// <summary>A currency, a number and what follows it, starting at token i: "$1.13bn", "US $58.24 per barrel", "350 km/h".</summary>
    private static bool TrySimple(Sentence s, int i, out Simple result)
    {
        var w = s.W;
        result = default;
        int k = i;
        string? currency = null;
        bool negative = false;
        if (QuantityLexicon.DollarPrefixes.TryGetValue(w[k], out var dollar) && k + 2 < w.Length && w[k + 1] == "$" && (w[k].Length > 1 || s.Glued(k, k + 1)))
        {
            currency = dollar; // "US $58.24", "HK $5.4m"
            k += 2;
        }
        else if (QuantityLexicon.Currencies.TryGetValue(w[k], out var symbol) && k + 1 < w.Length)
        {
            currency = symbol;
            k++;
        }
        else if (QuantityLexicon.CurrencyCodes.TryGetValue(w[k], out var code) && k + 1 < w.Length && s.Tokens[k + 1].Kind == TokenKind.Number)
        {
            currency = code; // "USD 5m", "Rs 300"
            k++;
        }
        else if (w[k] == "Y" && k + 2 < w.Length && w[k + 1] == "=" && s.Glued(k, k + 1) && s.Glued(k + 1, k + 2))
        {
            currency = "JPY"; // "Y=28,030": how some wires print the yen sign
            k += 2;
        }

        if (k + 1 < w.Length && (w[k] == "-" || w[k] == "−") && s.Glued(k, k + 1) && s.Tokens[k + 1].Kind == TokenKind.Number
            && (k == 0 || !s.Glued(k - 1, k) || currency is not null) && (k == 0 || s.Tokens[k - 1].Kind != TokenKind.Number)
            && (k == 0 || currency is not null || !char.IsUpper(w[k - 1][0]))) // "COVID -19" is a name
        {
            negative = true; // "-5 yards", "$-50.8bn"; "15-22" is a range and is read elsewhere
            k++;
        }
        else if (w[k].Equals("minus", StringComparison.OrdinalIgnoreCase) && k + 1 < w.Length)
        {
            negative = true;
            k += k + 2 < w.Length && w[k + 1] == "-" ? 2 : 1;
        }

        int numStart = k;
        if (!TryNumber(s, k, ref currency, out double value, out int end, out bool digits, out bool vague, out string? glued)) return false;
        if (negative && !digits) return false;
        double raw = value, scale = 1;

        // Scales: "1 million", "1.13bn", "4 hundred million", "1.8 billion-mile".
        while (glued is null && end < w.Length && !vague)
        {
            string word = w[end];
            int dash = word.IndexOf('-', StringComparison.Ordinal);
            string head = dash > 0 ? word[..dash] : word;
            if (!QuantityLexicon.Scales.TryGetValue(head, out double sc) || (sc < 1e6 && head.Length == 1 && currency is null)) break;
            if (head.Equals("millions", StringComparison.OrdinalIgnoreCase) || head.Equals("billions", StringComparison.OrdinalIgnoreCase)) break;
            if (head is "m" or "b" && !s.Glued(end - 1, end) && currency is null) break; // "5 m" is metres
            if (head == "m" && currency is null && IsMetres(s, end)) break;
            scale *= sc;
            if (dash > 0)
            {
                glued = word[(dash + 1)..]; // "billion-mile": the unit is the rest of the word
                end++;
                break;
            }

            end++;
        }

        // Decimal arithmetic keeps "$4.1m" at 4,100,000 rather than 4,099,999.9999999995.
        value = scale == 1 || raw > 1e15 ? raw : (double)((decimal)raw * (decimal)scale);
        if (negative) value = -value;
        string? unit = currency;
        if (glued is not null)
        {
            unit ??= GluedUnit(glued);
        }
        else if (!vague)
        {
            end = ReadUnit(s, end, ref unit, currency is not null, value, scaled: scale >= 1e6);
        }
        else if (end < w.Length)
        {
            // "thousands of dollars", "hundreds of miles": the unit after "of".
            int u = end < w.Length && w[end].Equals("of", StringComparison.OrdinalIgnoreCase) ? end + 1 : end;
            string? vagueUnit = null;
            int after = ReadUnit(s, u, ref vagueUnit, false, value, scaled: true);
            if (vagueUnit is not null && vagueUnit != "times")
            {
                unit = vagueUnit;
                end = after;
            }
        }

        result = new Simple(i, numStart, NumberEnd(s, numStart, end), end, value, raw, scale, unit, currency, digits, vague);
        return true;
    }

    /// <summary>Where the written number (with its scale) ends, before any unit: used for time and name checks.</summary>
    private static int NumberEnd(Sentence s, int numStart, int end)
    {
        int j = numStart + 1;
        while (j < end && j < s.W.Length && (s.Tokens[j].Kind == TokenKind.Number || s.W[j] is "," or ".")) j++;
        return Math.Min(j, end);
    }

    /// <summary>A unit written after the number (and a rate after that): "%", "per cent", "km/h", "6.1-inch", "Australian dollars", "$2.11 per gallon".</summary>
    private static int ReadUnit(Sentence s, int end, ref string? unit, bool hasCurrency, double value, bool scaled = false)
    {
        var w = s.W;
        if (end >= w.Length) return end;
        int u = w[end] == "-" && end + 1 < w.Length && s.Glued(end - 1, end) ? end + 1 : end;
        string? found = null;
        int after = u;
        if (QuantityLexicon.AgeUnits.TryGetValue(w[u], out var age))
        {
            (found, after) = (age, u + 1);
        }
        else if (u + 3 < w.Length && w[u] == "-" && w[u + 2] == "-" && QuantityLexicon.AgeUnits.TryGetValue(w[u + 1] + "-" + w[u + 3], out var spaced))
        {
            (found, after) = (spaced, u + 4); // "36 - year - old": text tokenised before it reached us
        }
        else if (MatchPhrase(s, u, out var phrase, out int phraseEnd))
        {
            (found, after) = (phrase, phraseEnd);
        }
        else if (QuantityLexicon.CaseSensitiveUnits.TryGetValue(w[u], out var cs) && (s.Glued(u - 1, u) || w[u].Length > 1 || w[u] is "C" or "F" or "p")
            && !(cs == "pence" && value is 360 or 480 or 720 or 1080 or 1440 or 2160))
        {
            (found, after) = (cs, u + 1); // "118.5p" is pence; "1080p" a screen
        }
        else if (!hasCurrency && ((QuantityLexicon.CurrencyCodes.TryGetValue(w[u], out var iso) && w[u].Length == 3)
            || (QuantityLexicon.Currencies.TryGetValue(w[u], out iso) && s.Glued(u - 1, u))))
        {
            (found, after) = (iso, u + 1); // "110 JPY", "1,200€"
        }
        else if (u + 1 < w.Length && QuantityLexicon.CurrencyAdjectives.TryGetValue(w[u] + " " + w[u + 1], out var c2))
        {
            (found, after) = (c2, u + 2);
        }
        else if (u + 2 < w.Length && QuantityLexicon.CurrencyAdjectives.TryGetValue(w[u] + " " + w[u + 1] + " " + w[u + 2], out var c3))
        {
            (found, after) = (c3, u + 3);
        }
        else if (QuantityLexicon.Units.TryGetValue(w[u], out var single))
        {
            (found, after) = (single, u + 1);
        }
        else if (!hasCurrency && QuantityLexicon.CurrencyWords.TryGetValue(w[u], out var cw))
        {
            (found, after) = (cw, u + 1);
        }
        else if (w[u].IndexOf('-', StringComparison.Ordinal) is int dash and > 0 && QuantityLexicon.Units.TryGetValue(w[u][..dash], out var first))
        {
            (found, after) = (first, u + 1); // "43.4 percent-owned", "24-hour"
            var parts = w[u].Split('-');
            if (parts.Length == 3 && parts[1] is "a" or "per" && QuantityLexicon.PerUnits.TryGetValue(parts[2], out var perPart))
            {
                unit ??= first + " per " + perPart; // "52,000 barrel-a-day"
                return u + 1;
            }
        }

        if (found is null && unit is null) return end;
        if (found == "lb" && scaled && w[u].StartsWith("pound", StringComparison.OrdinalIgnoreCase)) found = "GBP"; // "billions of pounds", "5 million pounds"
        if (found is not null && unit is null)
        {
            unit = found;
            // "30 years old": an age.
            if (unit is "year" or "month" && after < w.Length && w[after].Equals("old", StringComparison.OrdinalIgnoreCase)) (unit, after) = (unit + "s old", after + 1);
        }
        else if (found is not null && found is "cent" or "pence" && unit is not null)
        {
            after = end; // "$5 cents" does not happen; keep the currency
        }
        else if (found is null)
        {
            after = end;
        }

        // "$1.50-a-share", "$30-per-month": the rate written as one hyphenated word.
        if (unit is not null && found is null && u < w.Length && w[u].IndexOf('-', StringComparison.Ordinal) is int rateDash and > 0
            && w[u][..rateDash].ToLowerInvariant() is "a" or "an" or "per" && QuantityLexicon.PerUnits.TryGetValue(w[u][(rateDash + 1)..], out var perWord))
        {
            unit += " per " + perWord;
            return u + 1;
        }

        // A rate: "$2.11 per gallon", "$3,500 a month", "US $2.24 per mmBTU", "$21.25 per square foot".
        if (unit is not null and not "%" and not "times" and not "percentage point" && after + 1 < w.Length
            && w[after].ToLowerInvariant() is "per" or "a" or "an" or "/" or "each")
        {
            int p = after + 1;
            string word = w[p].ToLowerInvariant();
            if (word is "square" or "sq" && p + 1 < w.Length && w[p + 1].ToLowerInvariant() is "foot" or "ft" or "metre" or "meter" or "m" or "mile")
            {
                unit += " per square " + (w[p + 1].ToLowerInvariant() is "ft" ? "foot" : w[p + 1].ToLowerInvariant() is "m" or "meter" ? "metre" : w[p + 1].ToLowerInvariant());
                return p + 2;
            }

            bool relative = p + 1 < w.Length && w[p + 1].ToLowerInvariant() is "earlier" or "ago" or "later" or "before" or "after" or "previously" or "prior";
            if (QuantityLexicon.PerUnits.TryGetValue(word, out var per) && !relative)
            {
                unit += " per " + per;
                return p + 1;
            }
        }

        return after;
    }

    private static bool MatchPhrase(Sentence s, int u, out string unit, out int end)
    {
        foreach (var (words, name) in UnitPhrases)
        {
            if (u + words.Length > s.W.Length) continue;
            bool match = true;
            for (int k = 0; k < words.Length && match; k++) match = s.W[u + k].Equals(words[k], StringComparison.OrdinalIgnoreCase);
            if (!match) continue;
            (unit, end) = (name, u + words.Length);
            return true;
        }

        (unit, end) = ("", u);
        return false;
    }

    private static string? GluedUnit(string rest) =>
        QuantityLexicon.AgeUnits.TryGetValue(rest, out var age) ? age
        : QuantityLexicon.Units.TryGetValue(rest, out var unit) ? unit
        : null;

    /// <summary>A second number joined by "to", "-", "and" (after "between") or "or": "from 240 to 273", "$62 and $68", "three or four".</summary>
    private static bool TryRange(Sentence s, Simple a, out Simple b, out bool from, out bool between)
    {
        var w = s.W;
        b = default;
        int start = a.Start;
        between = start > 0 && w[start - 1].Equals("between", StringComparison.OrdinalIgnoreCase);
        from = start > 0 && w[start - 1].Equals("from", StringComparison.OrdinalIgnoreCase);
        if (a.End + 1 >= w.Length || a.Vague) return false;
        string c = w[a.End].ToLowerInvariant();
        if (c is not ("-" or "–" or "—" or "to" or "and" or "or")) return false;
        int next = a.End + 1;
        if (c == "to" && next < w.Length - 1 && w[next] == "-") next++; // "200,000 to-260,000"
        if (s.InDate(next) || !TrySimple(s, next, out b) || b.Vague) return false;
        if (a.Unit is not null && b.Unit is not null && a.Unit != b.Unit && !(a.Currency is not null && b.Currency is not null)) return false;
        if (!from && !between && a.Unit is not null && b.Unit != a.Unit) return false; // "rose 3% to 250": a change, then a level
        if (!from && !between && c == "to" && a.Unit is not null && start > 0 && w[start - 1].ToLowerInvariant() is "by" or "up" or "down") return false; // "increased by $43.6bn to $419.2bn"
        if (c is "-" or "–" or "—" && (!a.Digits || !b.Digits)) return false;
        switch (c)
        {
            case "and":
                return between;
            case "or":
                return !from && !between && b.Value - a.Value == 1 && a.Unit is null; // "three or four years"
            case "to":
                return from || between || b.Value > a.Value || (b.Scale > 1 && a.Scale == 1 && a.Raw < b.Raw);
            default:
                // "15-22 miles", "5-10W", "25 – 40min"; "2-0" and "3-1" are scores (only when nothing follows as a unit).
                bool score = a.Raw < 100 && b.Raw < 100 && b.Unit is null && a.Unit is null && s.Glued(a.End - 1, a.End) && s.Glued(a.End, b.NumStart)
                    && a.Raw == Math.Floor(a.Raw) && b.Raw == Math.Floor(b.Raw);
                return !score && (b.Value > a.Value || between || from);
        }
    }

    private static bool IsYearPair(Simple a, Simple b) =>
        a.Unit is null && b.Unit is null && a.Scale == 1 && b.Scale == 1 && a.Digits && b.Digits
        && a.Raw == Math.Floor(a.Raw) && b.Raw == Math.Floor(b.Raw) && a.Raw is >= 1000 and <= 2100 && b.Raw is >= 1000 and <= 2100;

    private static (string? Hedge, int Bound, int Start) Hedge(Words w, int start)
    {
        foreach (var (parts, phrase, bound) in HedgeWords)
        {
            int from = start - parts.Length;
            if (from < 0) continue;
            bool match = true;
            for (int k = 0; k < parts.Length && match; k++) match = w[from + k].Equals(parts[k], StringComparison.OrdinalIgnoreCase);
            if (match) return (phrase, bound, from);
        }

        return (null, 0, start);
    }

    /// <summary>
    /// A number starting at token i: digits ("2,000", "3.5", ".001"), a currency glued to digits ("PS2.7m", "$US55,931,000"),
    /// number words ("twenty-five", "a dozen", "two-thirds", "half of"), vague plurals ("tens of thousands").
    /// </summary>
    private static bool TryNumber(Sentence s, int i, ref string? currency, out double value, out int end, out bool digits, out bool vague, out string? glued)
    {
        var w = s.W;
        var tokens = s.Tokens;
        value = 0;
        end = i;
        digits = true;
        vague = false;
        glued = null;
        if (i >= w.Length) return false;
        if (tokens[i].Kind == TokenKind.Number)
        {
            // ".001 per cent": a leading decimal point the tokenizer left as punctuation.
            bool leadingPoint = i > 0 && w[i - 1] == "." && s.Glued(i - 1, i) && (i == 1 || !s.Glued(i - 2, i - 1)) && !w[i].Contains('.', StringComparison.Ordinal);
            if (!TryDigits(w[i], out value, out bool whole)) return false;
            if (leadingPoint) value = double.Parse("0." + w[i].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            end = i + 1;
            if (!whole) return false; // "3rd" and other ordinals name a position, not a quantity
            // "1/16 of a pint": a fraction, when "of" follows (else "24/7", "3/4" dates and scores stay apart).
            if (end + 2 < w.Length && w[end] is "/" or "⁄" && s.Glued(i, end) && s.Glued(end, end + 1) && tokens[end + 1].Kind == TokenKind.Number
                && w[end + 2].Equals("of", StringComparison.OrdinalIgnoreCase) && value is >= 1 and <= 10 && TryDigits(w[end + 1], out double den, out bool wholeDen) && wholeDen && den > value)
            {
                value /= den;
                end += 2;
                return true;
            }

            // "9AB8", "M21 9AB8": digits glued to a word with digits are a code.
            if (end < w.Length && s.Glued(i, end) && tokens[end].Kind == TokenKind.Word && w[end].Any(char.IsDigit)) return false;
            return true;
        }

        if (tokens[i].Kind != TokenKind.Word) return false;
        string word = w[i];
        if (TryGluedCurrency(s, i, word, ref currency, out value, out end)) return true;

        digits = false;
        string lower = word.ToLowerInvariant();
        if (QuantityLexicon.VaguePlurals.TryGetValue(lower, out double v))
        {
            // "tens of thousands": ten thousand up to a hundred thousand; "dozens of people": twelve up to 120.
            if (i + 2 < w.Length && w[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase) && QuantityLexicon.VaguePlurals.TryGetValue(w[i + 2], out double of) && of >= 100)
            {
                value = v * of;
                end = i + 3;
                vague = true;
                return true;
            }

            if (lower == "tens") return false;
            value = v;
            end = i + 1;
            vague = true;
            return i + 1 < w.Length && w[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase) || lower is "dozens" or "hundreds" or "thousands" or "millions";
        }

        // "half of", "a third of", "one in three", "two-thirds".
        if (TryFraction(s, i, out value, out end)) return true;

        if (lower == "a" && i + 2 < w.Length && w[i + 1].Equals("couple", StringComparison.OrdinalIgnoreCase) && w[i + 2].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            (value, end) = (2, i + 3); // "a couple of weeks"
            return true;
        }

        if (lower is "a" or "an" && i + 1 < w.Length && w[i + 1].ToLowerInvariant() is "dozen" or "hundred" or "thousand" or "million" or "billion" or "trillion")
        {
            value = QuantityLexicon.NumberWords[w[i + 1]];
            end = i + 2;
            return true;
        }

        // "twenty-five", "five-year", "three-point": number words joined by hyphens, and a unit after them.
        int dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            var parts = lower.Split('-');
            int n = 0;
            double total = 0;
            while (n < parts.Length && QuantityLexicon.NumberWords.TryGetValue(parts[n], out double part) && parts[n] is not ("half" or "dozen" or "hundred" or "thousand" or "million" or "billion" or "trillion"))
            {
                total += part;
                n++;
            }

            if (n == 0) return false;
            string rest = string.Join('-', parts[n..]);
            if (rest.Length > 0)
            {
                glued = GluedUnit(rest);
                // "one-off", "two-way", "three-time" count nothing; "five-year plan", "two-month contract" describe rather than
                // state a figure (NewsQuant dev annotates 1 of 4 such adjectives).
                if (glued is null or "year" or "month" or "week" or "day" or "hour" or "minute" or "second" or "decade") return false;
                glued = rest;
            }

            value = total;
            end = i + 1;
            return true;
        }

        if (!QuantityLexicon.NumberWords.TryGetValue(lower, out value) || lower is "hundred" or "thousand" or "million" or "billion" or "trillion" or "half") return false;
        if (lower == "dozen") return false; // a bare "dozen" ("a baker's dozen") is read with its article or number
        if (lower == "one" && !IsCountingOne(w, i)) return false;
        end = i + 1;
        // "twenty five", "two hundred and fifty", "three thousand", "two dozen", "two and a half".
        if (value >= 20 && value < 100 && end < w.Length && QuantityLexicon.NumberWords.TryGetValue(w[end], out double ones) && ones < 10 && ones >= 1)
        {
            value += ones;
            end++;
        }

        while (end < w.Length && w[end].ToLowerInvariant() is "hundred" or "thousand" or "dozen")
        {
            value *= QuantityLexicon.NumberWords[w[end]];
            end++;
            if (end + 1 < w.Length && w[end] == "and" && QuantityLexicon.NumberWords.TryGetValue(w[end + 1], out double tail) && tail < 100 && w[end + 1] != "half")
            {
                value += tail;
                end += 2;
            }
        }

        if (end + 2 < w.Length && w[end] == "and" && w[end + 1] == "a" && w[end + 2].Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            value += 0.5;
            end += 3;
        }

        return true;
    }

    private static bool TryDigits(string word, out double value, out bool whole)
    {
        var digits = word.Replace(",", "", StringComparison.Ordinal);
        int n = 0;
        while (n < digits.Length && (char.IsDigit(digits[n]) || digits[n] == '.')) n++;
        whole = n == digits.Length;
        return double.TryParse(digits.AsSpan(0, n), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && n > 0;
    }

    /// <summary>
    /// A currency written into the word before its digits: "PS2.7m" (a pound sign lost in transcoding, as "PS"),
    /// "$US55,931,000" and "$A82,615,680" (a dollar with its country). The digits may run over several tokens.
    /// </summary>
    private static bool TryGluedCurrency(Sentence s, int i, string word, ref string? currency, out double value, out int end)
    {
        value = 0;
        end = i;
        int d = 0;
        while (d < word.Length && char.IsLetter(word[d])) d++;
        if (d == 0 || d == word.Length || !char.IsDigit(word[d])) return false;
        string prefix = word[..d];
        string? code = null;
        if (currency == "USD" && i > 0 && s.W[i - 1] == "$" && s.Glued(i - 1, i) && QuantityLexicon.DollarPrefixes.TryGetValue(prefix, out var dollar)) code = dollar;
        else if (currency is null && prefix == "PS") code = "GBP";
        else if (currency is null && prefix.Length > 1 && QuantityLexicon.CurrencyCodes.TryGetValue(prefix, out var iso)) code = iso; // "USD10m", "RM23.50"
        if (code is null) return false;

        // Read the digits from the text itself, then find the token they end in.
        int from = s.Tokens[i].Span.Start + d, p = from;
        var text = s.Text;
        int limit = s.Tokens[^1].Span.End;
        while (p < limit && (char.IsDigit(text[p]) || ((text[p] == ',' || text[p] == '.') && p + 1 < limit && char.IsDigit(text[p + 1])))) p++;
        int j = i;
        while (j < s.Tokens.Length && s.Tokens[j].Span.End < p) j++;
        if (j >= s.Tokens.Length) return false;
        if (!double.TryParse(text.AsSpan(from, p - from).ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (s.Tokens[j].Span.End != p)
        {
            // "USD10m" is one token: the digits end inside it, and only a scale may follow them there.
            string tail = text[p..s.Tokens[j].Span.End];
            if (!QuantityLexicon.Scales.TryGetValue(tail, out double tailScale) || code == "GBP" && value < 10 && tail.Length > 2) return false;
            value = (double)((decimal)value * (decimal)tailScale);
            currency = code;
            end = j + 1;
            return true;
        }

        bool separators = text.AsSpan(from, p - from).IndexOfAny(',', '.') >= 0;
        bool scaled = j + 1 < s.W.Length && s.Glued(j, j + 1) && QuantityLexicon.Scales.ContainsKey(s.W[j + 1]);
        // "PS4", "PS5" are consoles: a bare pound figure needs a separator, a scale or two digits.
        if (code == "GBP" && !separators && !scaled && value < 10) return false;
        currency = code;
        end = j + 1;
        return true;
    }

    /// <summary>"half of the", "a third of", "two-thirds", "one in three", "one out of five": a share, as a fraction.</summary>
    private static bool TryFraction(Sentence s, int i, out double value, out int end)
    {
        var w = s.W;
        value = 0;
        end = i;
        string lower = s.Lower(i);
        bool ofFollows(int k) => k < w.Length && w[k].Equals("of", StringComparison.OrdinalIgnoreCase);
        if (lower == "half" && ofFollows(i + 1) && !(i > 0 && w[i - 1].ToLowerInvariant() is "first" or "second" or "latter" or "last" or "this" or "next" or "1st" or "2nd"))
        {
            (value, end) = (0.5, i + 1);
            return true;
        }

        if (lower is "a" or "one" && i + 1 < w.Length && QuantityLexicon.Fractions.TryGetValue(w[i + 1], out double den) && !w[i + 1].EndsWith('s') && ofFollows(i + 2))
        {
            (value, end) = (1 / den, i + 2);
            return true;
        }

        int dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && QuantityLexicon.NumberWords.TryGetValue(lower[..dash], out double num) && QuantityLexicon.Fractions.TryGetValue(lower[(dash + 1)..], out double den2))
        {
            (value, end) = (num / den2, i + 1);
            return true;
        }

        if (QuantityLexicon.NumberWords.TryGetValue(lower, out double num2) && num2 is >= 1 and < 20 && i + 1 < w.Length && QuantityLexicon.Fractions.TryGetValue(w[i + 1], out double den3)
            && w[i + 1].EndsWith('s') && ofFollows(i + 2))
        {
            (value, end) = (num2 / den3, i + 2); // "three quarters of"
            return true;
        }

        if (lower is "one" or "1")
        {
            int k = i + 1;
            if (k + 1 < w.Length && w[k].Equals("in", StringComparison.OrdinalIgnoreCase)) k++;
            else if (k + 2 < w.Length && w[k].Equals("out", StringComparison.OrdinalIgnoreCase) && ofFollows(k + 1)) k += 2;
            else return false;
            if (QuantityLexicon.NumberWords.TryGetValue(w[k], out double of) && of >= 2 && of <= 100 || (s.Tokens[k].Kind == TokenKind.Number && double.TryParse(w[k], CultureInfo.InvariantCulture, out of) && of >= 2))
            {
                (value, end) = (1 / of, k + 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>"one" counts in "one solution", "one of the best"; not in "one another", "the one who", "no one".</summary>
    private static bool IsCountingOne(Words w, int i)
    {
        if (i + 1 < w.Length && w[i + 1].Length > 0 && char.IsDigit(w[i + 1][0])) return false; // "one 52,000 barrel-a-day refinery"
        if (i > 0 && w[i - 1].ToLowerInvariant() is "the" or "this" or "that" or "which" or "any" or "every" or "no" or "each" or "someone" or "anyone" or "only" or "last") return false;
        return i + 1 < w.Length && w[i + 1].ToLowerInvariant() is not ("another" or "day" or "side" or "who" or "thing" or "they" or "he" or "she" or "we" or "you"
            or "it" or "across" or "is" or "was" or "that" or "point" or "way" or "time" or "can" or "could" or "would"
            or "will" or "might" or "must" or "should" or "has" or "had" or "does" or "did" or "'s" or "’s");
    }

    /// <summary>A number word written with a capital after a capitalised word is part of a name: "BBC One", "World War Two".</summary>
    private static bool IsNameWord(Words w, int i) =>
        (i > 1 && char.IsUpper(w[i][0]) && char.IsUpper(w[i - 1][0]) && char.IsLetter(w[i - 1][0]))
        || (i > 0 && char.IsUpper(w[i][0]) && w[i - 1] is not (":" or "\"" or "“" or "‘" or "'" or "(" or "-" or "—" or "–") && i + 1 < w.Length && w[i + 1].Length > 1 && char.IsUpper(w[i + 1][0]) && char.IsLetter(w[i + 1][0])) // "Sunday's Six Nations"
        || (i > 0 && QuantityLexicon.NamingNouns.Contains(w[i - 1]) && w[i - 1].ToLowerInvariant() is "number" or "no" or "no." or "formula" or "channel" or "apollo" or "category" or "page" or "chapter" or "article" or "section" or "level" or "phase" or "stage" or "gen"); // "world number one"

    /// <summary>
    /// A glued "m" with no currency is metres in a race, a size or a fall ("the 800m and 1000m", "400m runners",
    /// "37m (121ft)-long", "fell about 60m from a ridge"); with a currency, or anywhere else, it is millions.
    /// </summary>
    private static bool IsMetres(Sentence s, int m)
    {
        var w = s.W;
        string next = m + 1 < w.Length ? w[m + 1].ToLowerInvariant() : ".";
        if (next is "(" or "long" or "tall" or "high" or "wide" or "deep" or "away" or "sprint" or "race" or "races" or "hurdles" or "freestyle"
            or "runner" or "runners" or "final" or "finals" or "title" or "record" or "relay" or "butterfly" or "backstroke" or "breaststroke"
            or "medley" or "champion" or "gold" or "silver" or "bronze" or "dash" or "swim" or "event" or "heat" or "heats") return true;
        string before = m >= 2 ? w[m - 2].ToLowerInvariant() : "";
        int verb = m - 2;
        while (verb >= 0 && w[verb].ToLowerInvariant() is "about" or "around" or "some" or "nearly" or "almost" or "roughly" or "more" or "than" or "over") verb--;
        if (verb >= 0 && w[verb].ToLowerInvariant() is "fell" or "fall" or "falls" or "falling" or "plunged" or "plunging" or "plummeted" or "tumbled" or "tumbling") return true;
        return before is "the" or "in" or "over" && next is "." or "," or "and" or "at" or "in" or "on" or "or" or ";";
    }

    private static bool IsYearLike(Sentence s, Simple a) =>
        a.Digits && a.Unit is null && a.Scale == 1 && a.Start == a.NumStart && a.Raw == Math.Floor(a.Raw) && a.Raw is >= 1000 and <= 2199
        && !s.W[a.NumStart].Contains(',', StringComparison.Ordinal);

    private static readonly string[] StreetWords = ["street", "st", "road", "rd", "avenue", "ave", "way", "lane", "drive", "boulevard", "blvd", "place", "square", "court", "terrace"];

    /// <summary>"49 Zorro Ranch Road", "9 E 71st St": a house number.</summary>
    private static bool IsAddress(Sentence s, int end)
    {
        for (int j = end; j < s.W.Length && j < end + 4; j++)
        {
            string word = s.W[j];
            if (j > end && StreetWords.Contains(word.TrimEnd('.').ToLowerInvariant()) && char.IsUpper(word[0])) return true;
            if (!(char.IsUpper(word[0]) || (s.Tokens[j].Kind == TokenKind.Number && char.IsLetter(word[^1])))) return false;
        }

        return false;
    }

    private static bool IsIdentifier(Sentence s, Simple a, bool ranged)
    {
        var w = s.W;
        var tokens = s.Tokens;
        int i = a.NumStart, end = a.End;
        string word = w[i];
        bool currency = a.Currency is not null;
        bool scaled = a.Scale > 1 || a.Unit is not null;
        if (!currency && !scaled && word.Length == 4 && int.TryParse(word, CultureInfo.InvariantCulture, out int year) && year is >= 1900 and <= 2100) return true;
        // "by 2120", "since 1985", "in 1907": a year after a preposition of time.
        if (IsYearLike(s, a) && i > 0 && w[i - 1].ToLowerInvariant() is "in" or "by" or "since" or "until" or "till" or "before" or "after" or "from" or "around" or "circa" or "early" or "late" or "mid" or "year") return true;
        if (currency || scaled || word.Contains(',', StringComparison.Ordinal) || word.Contains('.', StringComparison.Ordinal)) return false;
        if (a.Start != i) return false; // a sign or a currency before it
        bool named = i > 0 && QuantityLexicon.NamingNouns.Contains(w[i - 1]) && !(i > 1 && w[i - 2].ToLowerInvariant() is "the" or "a" && w[i - 1].ToLowerInvariant() is "number");
        bool capitalBefore = i > 1 && w[i - 1].Any(char.IsUpper) && char.IsLetter(w[i - 1][^1]) && HedgeWords.All(h => !h.Phrase.Equals(w[i - 1], StringComparison.OrdinalIgnoreCase));
        // "11 Pro", "787 Dreamliner": a Title-case word after a space; glued or all-caps ones are units ("54GB", "300 PS").
        bool capitalAfter = end < w.Length && tokens[end].Span.Start > tokens[end - 1].Span.End && w[end].Length >= 3
            && char.IsUpper(w[end][0]) && w[end].Skip(1).All(char.IsLower) && !w[end].EndsWith('s');
        bool score = (end + 1 < w.Length && w[end] == "-" && tokens[end + 1].Kind == TokenKind.Number && w[end + 1].Length <= 2 && word.Length <= 2 && tokens[end].Span.Start == tokens[i].Span.End)
            || (i > 1 && w[i - 1] == "-" && tokens[i - 2].Kind == TokenKind.Number && w[i - 2].Length <= 2 && word.Length <= 2 && tokens[i - 1].Span.End == tokens[i].Span.Start);
        bool hyphenName = i > 1 && w[i - 1] == "-" && char.IsLetter(w[i - 2][^1]) && tokens[i - 1].Span.End == tokens[i].Span.Start
            && (tokens[i - 2].Span.End == tokens[i - 1].Span.Start || w[i - 2].All(char.IsUpper)) && w[i - 2].ToLowerInvariant() is not ("sub" or "minus" or "over" or "under" or "top" or "mid");
        // "1998/99", "9/11", "24/7": numbers joined by a slash name a period or a date (fractions with "of" were read before).
        bool slashed = (end + 1 < w.Length && w[end] is "/" && s.Glued(end - 1, end) && tokens[end + 1].Kind == TokenKind.Number && s.Glued(end, end + 1))
            || (i > 1 && w[i - 1] is "/" && s.Glued(i - 1, i) && tokens[i - 2].Kind == TokenKind.Number && s.Glued(i - 2, i - 1));
        // "Scotland (8)": a seed or a list number in brackets after a name.
        bool bracketed = i > 1 && w[i - 1] == "(" && end < w.Length && w[end] == ")" && char.IsUpper(w[i - 2][0]);
        // "the 1990s", "the 15s": a decade or a team size, glued to a plural "s".
        bool decade = a.NumEnd < w.Length && w[a.NumEnd] == "s" && s.Glued(a.NumEnd - 1, a.NumEnd);
        // "the 76ers", "49ers fans": digits glued to a word that is no unit (units were read above) are a name.
        bool gluedWord = a.NumEnd < w.Length && s.Glued(a.NumEnd - 1, a.NumEnd) && w[a.NumEnd].Length >= 2 && w[a.NumEnd].All(char.IsLetter);
        return named || capitalBefore || capitalAfter || (score && !ranged) || hyphenName || IsAddress(s, end) || slashed || bracketed || decade || gluedWord;
    }

    private static bool IsTime(Words w, Token[] tokens, int i, int end)
    {
        if (end < w.Length && w[end].ToLowerInvariant() is "a.m." or "p.m." or "am" or "pm" or "a.m" or "p.m" or "gmt" or "bst" or "utc" or "et" or "est" or "pt") return true;
        if (end + 1 < w.Length && w[end] == ":" && tokens[end + 1].Kind == TokenKind.Number) return true;
        return i > 1 && w[i - 1] == ":" && tokens[i - 2].Kind == TokenKind.Number;
    }
}
