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

        return found;
    }

    private static void ScanSentence(string text, ReadOnlySpan<Token> tokens, List<DateExpression> found)
    {
        var words = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) words[i] = text.Substring(tokens[i].Span.Start, tokens[i].Span.Length);

        int k = 0;
        while (k < tokens.Length)
        {
            int consumed = TryAt(tokens, words, k, out var expression);
            if (consumed > 0 && expression is not null)
            {
                found.Add(expression);
                k += consumed;
            }
            else
            {
                k++;
            }
        }
    }

    private static int TryAt(ReadOnlySpan<Token> tokens, string[] w, int i, out DateExpression? e)
    {
        e = null;
        string word = w[i];
        string lower = word.ToLowerInvariant();

        if (DateLexicon.Weekdays.TryGetValue(lower, out var weekday) && char.IsUpper(word[0]) && (word.Length > 3 || Next(w, i) == "."))
        {
            int j = i + 1;
            if (j < w.Length && w[j] == ",") j++;
            int n = AbsoluteAt(tokens, w, j, out var absolute);
            if (n > 0)
            {
                e = absolute! with { Span = Span(tokens, i, j + n), Weekday = weekday };
                return j + n - i;
            }

            int start = i, dir = 0;
            if (i > 0 && w[i - 1].ToLowerInvariant() is "last" or "past" or "previous")
            {
                start = i - 1;
                dir = -1;
            }
            else if (i > 0 && w[i - 1].ToLowerInvariant() is "next" or "coming")
            {
                start = i - 1;
                dir = 1;
            }
            else if (FutureBefore(w, i))
            {
                dir = 1;
            }

            e = new DateExpression(Span(tokens, start, i + 1)) { Weekday = weekday, Direction = dir };
            return 1;
        }

        int len = AbsoluteAt(tokens, w, i, out var abs);
        if (len > 0)
        {
            e = abs;
            return len;
        }

        switch (lower)
        {
            case "yesterday":
                e = new DateExpression(tokens[i].Span) { DayOffset = -1 };
                return 1;
            case "today":
                e = new DateExpression(tokens[i].Span) { DayOffset = 0 };
                return 1;
            case "tomorrow":
                e = new DateExpression(tokens[i].Span) { DayOffset = 1 };
                return 1;
            case "tonight":
                e = new DateExpression(tokens[i].Span) { DayOffset = 0 };
                return 1;
            case "last" or "this" or "next" when i + 1 < w.Length:
                int offset = lower == "last" ? -1 : lower == "next" ? 1 : 0;
                string unit = w[i + 1].ToLowerInvariant();
                int from = i > 0 && w[i - 1].ToLowerInvariant() is "earlier" or "later" ? i - 1 : i;
                if (unit == "night" && lower == "last")
                {
                    e = new DateExpression(Span(tokens, i, i + 2)) { DayOffset = -1 };
                    return 2;
                }

                if (unit is "morning" or "afternoon" or "evening" && lower == "this")
                {
                    e = new DateExpression(Span(tokens, i, i + 2)) { DayOffset = 0 };
                    return 2;
                }

                if (unit == "month")
                {
                    e = new DateExpression(Span(tokens, from, i + 2)) { MonthOffset = offset };
                    return 2;
                }

                if (unit == "year")
                {
                    e = new DateExpression(Span(tokens, from, i + 2)) { YearOffset = offset };
                    return 2;
                }

                break;
        }

        // "in March", "since January", "January's figures": a month standing alone (after a preposition
        // for the words that are also verbs or names: May, March, August).
        if (DateLexicon.Months.TryGetValue(lower, out int month) && char.IsUpper(word[0]) && word.Length >= 3
            && !DateLexicon.IsAmbiguousShortForm(word)
            && ((i > 0 && w[i - 1].ToLowerInvariant() is "in" or "since" or "by" or "until" or "early" or "late" or "mid" or "from" or "during" or "last" or "this" or "next" or "of")
                || (i > 0 && lower is not ("march" or "august" or "june" or "april") && word.Length >= 5)))
        {
            int dir = w[i - 1].ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            e = new DateExpression(tokens[i].Span) { Month = month, Direction = dir };
            return 1;
        }

        // "in 2009", "the 1988 elections": a four-digit year, unless it counts something ("1990 people", "$2000").
        if (tokens[i].Kind == TokenKind.Number && word.Length == 4 && int.TryParse(word, CultureInfo.InvariantCulture, out int year)
            && year is >= 1900 and <= 2100
            && (i > 0 && YearPrepositions.Contains(w[i - 1].ToLowerInvariant())
                || !(i > 0 && w[i - 1] is "$" or "£" or "€") && !(i + 1 < w.Length && w[i + 1].ToLowerInvariant() is "people" or "workers" or "soldiers" or "troops" or "jobs" or "percent" or "%")))
        {
            e = new DateExpression(tokens[i].Span) { Year = year };
            return 1;
        }

        return 0;
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

    private static bool FutureBefore(string[] w, int i)
    {
        for (int k = Math.Max(0, i - 6); k < i; k++)
        {
            if (DateLexicon.FutureCues.Contains(w[k])) return true;
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
