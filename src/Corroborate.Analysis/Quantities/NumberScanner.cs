using System.Globalization;
using Corroborate.Model;

namespace Corroborate.Analysis.Quantities;

/// <summary>A number as written: where it starts and ends (in tokens), its value, unit, hedge and range.</summary>
internal sealed record NumberMention(int Start, int End, double Value, string? Unit, string? Hedge, int Bound, double? RangeHigh);

/// <summary>
/// Finds numbers in a sentence's tokens: digits with separators and decimals, number words ("two", "a dozen",
/// "tens of thousands"), scales ("1 million", "$1.13bn"), percentages, currencies, ranges and hedges.
/// Skips what is not a quantity: parts of dates, clock times, ordinals.
/// </summary>
internal static class NumberScanner
{
    public static List<NumberMention> Scan(string[] w, Token[] tokens, Func<int, bool> inDate)
    {
        var found = new List<NumberMention>();
        for (int i = 0; i < w.Length; i++)
        {
            if (inDate(i)) continue;
            if (!TryValue(w, tokens, i, out double value, out int end)) continue;
            if (IsTime(w, tokens, i, end)) continue;

            int start = i;
            string? unit = null;
            if (start > 0 && QuantityLexicon.Currencies.TryGetValue(w[start - 1], out var currency))
            {
                unit = currency;
                start--;
            }

            // Scale: "1 million", "1.13bn", "£600m".
            if (end < w.Length && QuantityLexicon.Scales.TryGetValue(w[end], out double scale) && (scale >= 1e6 || w[end].Length > 1 || unit is not null))
            {
                value *= scale;
                end++;
            }

            // Range: "between 200 and 300", "200-300", "200 to 300".
            double? high = null;
            if (end + 1 < w.Length && w[end] is "-" or "–" or "to" or "and" && TryValue(w, tokens, end + 1, out double hi, out int hiEnd) && hi > value)
            {
                bool between = start > 0 && w[start - 1].Equals("between", StringComparison.OrdinalIgnoreCase);
                if (w[end] != "and" || between)
                {
                    high = hi;
                    end = hiEnd;
                    if (end < w.Length && QuantityLexicon.Scales.TryGetValue(w[end], out double s2) && s2 >= 1e3)
                    {
                        value *= s2;
                        high *= s2;
                        end++;
                    }

                    if (between) start--;
                }
            }

            // Unit after the number: "%", "percent", "per cent", "2 kilometres", "90-minute", "10 dollars".
            if (end < w.Length)
            {
                int u = end < w.Length && w[end] == "-" && end + 1 < w.Length ? end + 1 : end;
                if (QuantityLexicon.Units.TryGetValue(w[u], out var unitName) && (w[u] != "per" || (u + 1 < w.Length && w[u + 1] == "cent")))
                {
                    unit ??= unitName;
                    end = w[u] == "per" ? u + 2 : u + 1;
                }
                else if (QuantityLexicon.CurrencyWords.TryGetValue(w[u], out var cw) && unit is null)
                {
                    unit = cw;
                    end = u + 1;
                }
            }

            var (hedge, bound, hedgeStart) = Hedge(w, start);
            if (w[i].ToLowerInvariant() is "dozens" or "hundreds" or "thousands" or "millions" or "tens")
            {
                // A vague plural is itself a lower bound: "dozens" means at least two dozen.
                (hedge, bound) = (w[i].ToLowerInvariant(), 1);
            }

            found.Add(new NumberMention(hedgeStart, end, value, unit, hedge ?? (high is not null ? "between" : null), high is not null ? 2 : bound, high));
            i = end - 1;
        }

        return found;
    }

    private static (string? Hedge, int Bound, int Start) Hedge(string[] w, int start)
    {
        foreach (var (phrase, bound) in QuantityLexicon.Hedges)
        {
            var parts = phrase.Split(' ');
            int from = start - parts.Length;
            if (from < 0) continue;
            bool match = true;
            for (int k = 0; k < parts.Length && match; k++) match = w[from + k].Equals(parts[k], StringComparison.OrdinalIgnoreCase);
            if (match) return (phrase, bound, from);
        }

        return (null, 0, start);
    }

    /// <summary>A number starting at token i: digits ("2,000", "3.5"), or number words ("twenty-five", "a dozen", "tens of thousands").</summary>
    private static bool TryValue(string[] w, Token[] tokens, int i, out double value, out int end)
    {
        value = 0;
        end = i;
        if (tokens[i].Kind == TokenKind.Number)
        {
            var digits = w[i].Replace(",", "", StringComparison.Ordinal);
            int n = 0;
            while (n < digits.Length && (char.IsDigit(digits[n]) || digits[n] == '.')) n++;
            if (n == 0 || !double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            end = i + 1;
            // "1.13bn" arrives as "1.13" + "bn" (adjacent tokens): the scale is handled by the caller.
            return n == digits.Length; // "3rd" and other ordinals name a position, not a quantity
        }

        string lower = w[i].ToLowerInvariant();
        if ((lower is "tens" or "hundreds" or "thousands" or "millions") && i + 2 < w.Length && w[i + 1] == "of"
            && QuantityLexicon.Scales.TryGetValue(w[i + 2], out double scale2))
        {
            // "tens of thousands": at least twenty thousand.
            value = (lower == "tens" ? 20 : lower == "hundreds" ? 200 : lower == "thousands" ? 2000 : 2e6) * scale2;
            end = i + 3;
            return true;
        }

        if (lower is "dozens" or "hundreds" or "thousands" or "millions" && (i + 1 >= w.Length || w[i + 1] != "of" || i + 2 < w.Length))
        {
            // "dozens" is at least two dozen; "hundreds" at least two hundred.
            value = lower switch { "dozens" => 24, "hundreds" => 200, "thousands" => 2000, _ => 2e6 };
            end = i + 1;
            return true;
        }

        if (lower is "a" && i + 1 < w.Length && w[i + 1].ToLowerInvariant() is "dozen" or "hundred" or "thousand" or "million" or "billion")
        {
            value = QuantityLexicon.NumberWords[w[i + 1]];
            end = i + 2;
            return true;
        }

        if (!QuantityLexicon.NumberWords.TryGetValue(lower, out value) || lower is "hundred" or "thousand" or "million" or "billion" or "trillion" or "half") return false;
        if (lower == "one" && (i + 1 >= w.Length || w[i + 1].ToLowerInvariant() is "of" or "another" or "day" or "side" or "who" or "thing")) return false;
        end = i + 1;
        // "twenty-five", "two hundred", "three million".
        if (end + 1 < w.Length && w[end] == "-" && QuantityLexicon.NumberWords.TryGetValue(w[end + 1], out double ones) && ones < 10)
        {
            value += ones;
            end += 2;
        }

        while (end < w.Length && w[end].ToLowerInvariant() is "hundred" or "thousand")
        {
            value *= QuantityLexicon.NumberWords[w[end]];
            end++;
        }

        return true;
    }

    private static bool IsTime(string[] w, Token[] tokens, int i, int end)
    {
        if (end < w.Length && w[end].ToLowerInvariant() is "a.m." or "p.m." or "am" or "pm" or "a.m" or "p.m" or "gmt" or "bst" or "utc") return true;
        if (end + 1 < w.Length && w[end] == ":" && tokens[end + 1].Kind == TokenKind.Number) return true;
        return i > 1 && w[i - 1] == ":" && tokens[i - 2].Kind == TokenKind.Number;
    }
}
