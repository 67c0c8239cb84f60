using Corroborate.Model;

namespace Corroborate.Analysis.Entities;

/// <summary>
/// "James B. Comey", "Donald J. Trump": the tagger sometimes stops a person's name at its middle initial, or starts
/// it there when the first name opens the sentence ("J. Trump"). A person chunk is run on over an initial and the
/// one capitalised word after it, and back over an initial and the one capitalised word before it; a person chunk
/// right after the initial is joined.
/// </summary>
internal static class MiddleInitials
{
    public static List<(int Start, int End, string Type)> Join(Document document, Token[] sentence, List<(int Start, int End, string Type)> chunks)
    {
        var result = new List<(int Start, int End, string Type)>(chunks.Count);
        for (int c = 0; c < chunks.Count; c++)
        {
            var (start, end, type) = chunks[c];
            if (type != "PER")
            {
                result.Add((start, end, type));
                continue;
            }

            if (IsInitial(document, sentence, end) && end + 1 < sentence.Length && IsCapitalised(document, sentence, end + 1))
            {
                if (c + 1 < chunks.Count && chunks[c + 1].Start == end + 1 && chunks[c + 1].Type == "PER") end = chunks[++c].End;
                else if (!IsCapitalised(document, sentence, end + 2)) end += 2; // one surname, not the start of another name
            }

            // "J. Trump" with "Donald" untagged before it, or "Trump" with "Donald J." untagged before it.
            int initial = IsInitial(document, sentence, start) ? start : start - 1;
            bool free = result.Count == 0 || result[^1].End < initial;
            if (free && IsInitial(document, sentence, initial) && initial - 1 >= 0 && IsCapitalised(document, sentence, initial - 1) && !IsCapitalised(document, sentence, initial - 2))
            {
                start = initial - 1;
            }

            result.Add((start, end, type));
        }

        return result;
    }

    /// <summary>A capital letter and its stop as one token ("B.").</summary>
    private static bool IsInitial(Document document, Token[] sentence, int k) =>
        k >= 0 && k < sentence.Length && sentence[k].Span.Length == 2 && char.IsUpper(document.Text[sentence[k].Span.Start]) && document.Text[sentence[k].Span.Start + 1] == '.';

    private static bool IsCapitalised(Document document, Token[] sentence, int k) =>
        k >= 0 && k < sentence.Length && sentence[k].Kind == TokenKind.Word && char.IsUpper(document.Text[sentence[k].Span.Start]) && !IsInitial(document, sentence, k);
}
