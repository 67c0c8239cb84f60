using System.Collections.Frozen;
using Corroborate.Analysis.Quotes;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Entities;

/// <summary>
/// What the words around a one-word name say it is, where the tagger, which learnt names from 1996 Reuters text,
/// took a brand, a town, a book or a virus variant for a person: "GasBuddy, an app that …", "Surfside, Fla.",
/// "“Peril,” the book by …", "the Delta variant". Only a one-word person chunk is retyped, and only on such a sign:
/// a person's name is rarely all of a quotation, nor followed by a state's abbreviation or a thing's noun.
/// </summary>
internal static class AppositiveKinds
{
    /// <summary>Nouns that say what kind of thing a name is, after it ("the Delta variant") or in apposition ("GasBuddy, an app").</summary>
    private static readonly FrozenDictionary<string, string> Heads = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["app"] = "ORG", ["company"] = "ORG", ["firm"] = "ORG", ["startup"] = "ORG", ["platform"] = "ORG", ["website"] = "ORG",
        ["site"] = "ORG", ["service"] = "ORG", ["brand"] = "ORG", ["chain"] = "ORG", ["network"] = "ORG", ["magazine"] = "ORG",
        ["newspaper"] = "ORG", ["retailer"] = "ORG", ["maker"] = "ORG", ["manufacturer"] = "ORG", ["vaccine"] = "ORG",
        ["town"] = "LOC", ["city"] = "LOC", ["village"] = "LOC", ["county"] = "LOC", ["suburb"] = "LOC", ["neighborhood"] = "LOC",
        ["neighbourhood"] = "LOC", ["province"] = "LOC", ["island"] = "LOC",
        ["drug"] = "MISC", ["book"] = "MISC", ["film"] = "MISC", ["movie"] = "MISC", ["documentary"] = "MISC", ["show"] = "MISC",
        ["series"] = "MISC", ["song"] = "MISC", ["album"] = "MISC", ["novel"] = "MISC", ["variant"] = "MISC", ["disease"] = "MISC",
        ["hurricane"] = "MISC", ["storm"] = "MISC",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>AP abbreviations of US states, written after a town ("Surfside, Fla.").</summary>
    private static readonly FrozenSet<string> States = new[]
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The chunk's type after the signs around it: <paramref name="type"/> itself unless a one-word PER shows one.</summary>
    public static string Retype(Document document, Token[] sentence, int start, int end, string type)
    {
        if (type != "PER" || end - start != 1) return type;
        string At(int k) => k >= 0 && k < sentence.Length ? document.Slice(sentence[k].Span) : "";
        bool Mark(int k) => k >= 0 && k < sentence.Length && QuoteMarks.Length(document.Text, sentence[k].Span.Start) == sentence[k].Span.Length;

        // "“Peril,” a book by …": a name that is all of a quotation is a title.
        if (Mark(start - 1) && (Mark(end) || At(end) == "," && Mark(end + 1))) return "MISC";
        // "Surfside, Fla.": a town and its state.
        if (At(end) == "," && (States.Contains(At(end + 1)) && At(end + 2) == "." || At(end + 1).EndsWith('.') && States.Contains(At(end + 1)[..^1]))) return "LOC";
        // "the Delta variant", "Moderna vaccine": the thing's noun right after the name.
        if (Heads.TryGetValue(At(end), out var after) && char.IsLower(At(end)[0])) return after;
        // "GasBuddy, an app that …": the head of an appositive, within three words, before any other name or mark.
        if (At(end) == "," && At(end + 1) is "a" or "an" or "the")
        {
            for (int k = end + 2; k < Math.Min(sentence.Length, end + 5); k++)
            {
                var w = At(k);
                if (w.Length == 0 || !char.IsLower(w[0])) break;
                if (Heads.TryGetValue(w, out var head)) return head;
            }
        }

        return type;
    }
}
