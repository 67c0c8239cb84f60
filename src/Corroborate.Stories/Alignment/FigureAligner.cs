using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Stories.Entities;
using Corroborate.Stories.Model;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Alignment;

/// <summary>
/// Groups a story's figures by measure and what is counted (<see cref="FigureKey"/>), then relates the claims
/// of different documents: agree (values compatible), supersedes (same claimant, later as-of date),
/// different-claimant, different-scope (same measure, narrower or other object or place), conflict (same
/// claimant and date, incompatible values). Each gets a sentence a reader can check against the sources.
/// </summary>
public static class FigureAligner
{
    /// <param name="copies">
    /// Members that copy another member (wire copies): they still hold claims, but an agreement counts the
    /// independent sources behind it, since a copy repeating a figure corroborates nothing.
    /// </param>
    public static ImmutableArray<AlignedFigure> Align(IReadOnlyList<Document> documents, CrossDocumentEntities entities, IReadOnlySet<string>? copies = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);
        var claims = new List<Claim>();
        foreach (var d in documents)
        {
            foreach (var q in d.Quantities)
            {
                if (q.Measure is null && (q.Object is null || q.Unit is null && IsDefiniteReference(d.Text, q.Span.Start))) continue;
                // An age belongs to a person the figure does not name: 47 in one report and 63 in another are two people.
                if (q.Object == "age" && q.Measure is null) continue;
                // A duration is no count of the dead or the arrested, whatever outcome word stands near it ("21 years").
                if (q.Measure is not null && q.Unit is "second" or "minute" or "hour" or "day" or "week" or "month" or "year" or "decade") continue;
                // "one line", "one official said": the word "one" with nothing measured is how English counts a
                // single thing, not a figure anyone claims ("one person died" has a measure and stays).
                if (q.Measure is null && q.Unit is null && q.Value == 1 && q.Span.Length > 0 && char.IsLetter(d.Text[q.Span.Start])) continue;
                // "two officials told the Associated Press": a count of the speakers of a quote is how the report
                // sources it, not a figure it claims ("59 percent of respondents said" has a unit and stays).
                if (q.Measure is null && q.Unit is null && d.Quotes.Any(x => x.Speaker is { } s && s.Span.Contains(q.ValueSpan ?? q.Span))) continue;
                // "Death toll rises to 52" in a headline, then "52 people killed, the governor said": one claim, the
                // fuller one, not a second figure with nothing counted.
                if (q.Object is null && d.Quantities.Any(o => o.Object is not null && o.Measure == q.Measure && o.Value == q.Value)) continue;
                claims.Add(new Claim(d, q, FigureKey.Of(q.Measure, q.Object), ClaimantKey(d, q, entities), ClaimantName(d, q, entities)));
            }
        }

        var result = new List<AlignedFigure>();
        // Figures in different units are different facts ("85" dead and "9 days"; "61 years old" and "2" arrested).
        var byHead = claims.GroupBy(c => (c.Key.Measure, c.Key.Head, Unit: c.Q.Unit ?? "")).ToList();
        foreach (var g in byHead)
        {
            foreach (var facts in Facts(g.Key.Measure, g.ToList())) result.Add(Build(facts, copies));
        }

        // Different scope across groups: a count of everyone beside a count of a narrower group, same measure.
        foreach (var m in byHead.GroupBy(g => (g.Key.Measure, g.Key.Unit)))
        {
            // Without a measure there is no common quantity to scope: 900 employees and 12 inspectors are two facts.
            if (string.IsNullOrEmpty(m.Key.Measure)) continue;
            var generic = m.FirstOrDefault(g => g.First().Key.IsGeneric);
            if (generic is null) continue;
            // Only a narrower group of people is a scope of everyone: a figure that names nothing counted ("5
            // arrested" beside "2 women arrested" may count the same women), or things ("7 villages" beside "50
            // people" injured), is not.
            foreach (var specific in m.Where(g => !g.First().Key.IsGeneric && g.First().Key.IsPeople))
            {
                // Both sides from independent reports (a copy restates its original, it does not differ from it); a
                // narrower count of another time (a past disaster recalled) is another event, not a scope of this one.
                bool Independent(Claim c) => copies is null || !copies.Contains(c.Doc.Id);
                // A narrower group counts fewer: "3 workers" beside "3 people" dead is one count told two ways, and
                // "4 children" beside "2 people" is no part of it.
                var pair = generic.Where(Independent)
                    .SelectMany(x => specific.Where(y => y.Doc.Id != x.Doc.Id && Independent(y) && !YearsApart(x, y) && Narrower(y.Q, x.Q)).Select(y => (A: x, B: y)))
                    .FirstOrDefault();
                if (pair.A is not { } a || pair.B is not { } b) continue;
                result.Add(Figure([a, b], FigureRelation.DifferentScope,
                    $"{Describe(a)}; {Describe(b)}: different scope ({Obj(a)} vs {Obj(b)}), not a contradiction."));
            }
        }

        // Figures several sources report, and any difference among them, first.
        return [.. result
            .OrderBy(f => f.Relation is null ? 2 : f.Relation == FigureRelation.Agree ? 1 : 0)
            .ThenByDescending(f => f.Claims.Length)];
    }

    /// <summary>
    /// The claims of one group that state one fact. A measure ("dead", "arrested") ties a count to the story's
    /// event, and so does a crowd (hundreds of people or more): differing values of those are a difference to explain.
    /// A count of anything else with nothing measured ("52 games", "189 yards", an age) may be a different
    /// game, season or person in each report, so only compatible values are taken as one fact, and each other
    /// value stands on its own rather than being explained as another claimant's figure.
    /// </summary>
    private static IEnumerable<List<Claim>> Facts(string measure, List<Claim> group)
    {
        // A crowd is counted in hundreds at least; "12 people" with nothing measured is someone's party, not the story's figure.
        if (measure.Length > 0 || group[0].Key.IsGeneric && group.All(c => c.Q.Value >= 100))
        {
            yield return group;
            yield break;
        }

        var facts = new List<List<Claim>>();
        foreach (var c in group)
        {
            if (facts.FirstOrDefault(f => f.All(o => Compatible(o.Q, c.Q))) is { } same) same.Add(c);
            else facts.Add([c]);
        }

        foreach (var f in facts) yield return f;
    }

    /// <summary>
    /// "the two countries", "those three men": a number after a definite determiner refers back to things the
    /// report has already introduced; it is not a count anyone claims, so it stays out of the figures table
    /// (unless it carries a measure, "the 52 dead", or a unit, "the 90-minute call").
    /// </summary>
    private static bool IsDefiniteReference(string text, int start) =>
        ContentWords.WordBefore(text, start) is "the" or "these" or "those" or "both";

    private static AlignedFigure Build(List<Claim> group, IReadOnlySet<string>? copies)
    {
        var docs = group.Select(c => c.Doc.Id).Distinct().ToList();
        if (docs.Count == 1)
        {
            var only = group[0];
            return Figure(group, null, $"Reported only by {Source(only.Doc)}: {Describe(only)}.");
        }

        // The cross-document pair that matters most to a reader explains the group: a real conflict first, then a
        // claimant's own update (the latest one), then other claimants, then other scopes; else they all agree.
        // Pairs are ranked as they come and only the chosen one is described, so a large group (a long document
        // full of figures) costs comparisons, neither a list of pairs nor a sentence each.
        // Two reports that state the same number agree, whatever else each says: "23 pirates" beside "12 Somalis
        // and 11 Yemenis" in one report is a breakdown, not a second count to set against another report's 23. Only
        // the same number counts here: "dozens" or "at least 41" is compatible with every later toll, and would
        // hide a claimant's update from 41 to 52.
        var agreeing = new HashSet<(string, string)>();
        foreach (var a in group)
        {
            foreach (var b in group)
            {
                if (string.CompareOrdinal(a.Doc.Id, b.Doc.Id) < 0 && a.Q.Value == b.Q.Value && a.Key.Scope == b.Key.Scope) agreeing.Add((a.Doc.Id, b.Doc.Id));
            }
        }

        (Claim A, Claim B, FigureRelation Relation, DateValue? Latest)? best = null;
        foreach (var a in group)
        {
            foreach (var b in group)
            {
                if (a.Doc.Id == b.Doc.Id || string.CompareOrdinal(a.Doc.Id, b.Doc.Id) > 0 || agreeing.Contains((a.Doc.Id, b.Doc.Id))) continue;
                var relation = RelationOf(a, b);
                if (relation == FigureRelation.Agree) continue;
                var latest = LatestDate(a, b);
                // Ties keep the first pair in document order; the latest date first, undated pairs last (the
                // nullable comparer never compares a missing date).
                if (best is not { } c || Importance(relation) < Importance(c.Relation)
                    || Importance(relation) == Importance(c.Relation) && Comparer<DateValue?>.Default.Compare(latest, c.Latest) > 0)
                {
                    best = (a, b, relation, latest);
                }
            }
        }

        if (best is { } chosen)
        {
            return Figure(group, chosen.Relation, $"{Describe(chosen.A)}; {Describe(chosen.B)}: {Why(chosen.Relation, chosen.A, chosen.B)}.");
        }

        var first = group[0];
        int independent = docs.Count(d => copies is null || !copies.Contains(d));
        string who = independent == docs.Count ? $"{docs.Count} sources" : $"{docs.Count} reports ({independent} independent)";
        const int Listed = 8;
        // The value most reports share and the claims compatible with it, each report once per value: a report that
        // repeats its figure does not count twice, and its breakdown ("12 Somalis and 11 Yemenis") is not the agreement.
        var anchor = group.OrderByDescending(c => group.Where(o => Compatible(o.Q, c.Q)).Select(o => o.Doc.Id).Distinct().Count()).First();
        var distinct = group.Where(c => Compatible(c.Q, anchor.Q)).DistinctBy(c => (Value(c.Q), c.Doc.Id)).ToList();
        string values = string.Join(", ", distinct.Take(Listed).Select(c => $"{Value(c.Q)} in {c.Doc.Id}"))
            + (distinct.Count > Listed ? $" and {distinct.Count - Listed} more" : "");
        return Figure(group, FigureRelation.Agree,
            $"{who} agree on {What(first)} ({values}).");
    }

    private static int Importance(FigureRelation relation) => relation switch
    {
        FigureRelation.Conflict => 0,
        FigureRelation.Supersedes => 1,
        FigureRelation.DifferentClaimant => 2,
        _ => 3,
    };

    /// <summary>Whether <paramref name="part"/> counts fewer than <paramref name="whole"/> (and not compatibly with it).</summary>
    private static bool Narrower(Quantity part, Quantity whole) => !Compatible(part, whole) && Bounds(part).Hi < Bounds(whole).Lo;

    /// <summary>The later as-of date of the pair; null when neither claim is dated (never a default date: year 0 has no calendar day).</summary>
    private static DateValue? LatestDate(Claim a, Claim b) =>
        a.Q.AsOf is not { } x ? b.Q.AsOf : b.Q.AsOf is not { } y ? x : x.CompareTo(y) >= 0 ? x : y;

    /// <summary>Whether two claims are dated more than a year apart: counts of two different events, not an update.</summary>
    private static bool YearsApart(Claim a, Claim b) => a.Q.AsOf is { } x && b.Q.AsOf is { } y && Math.Abs(x.Year - y.Year) > 1;

    internal static (FigureRelation Relation, string Why) Relate(Claim a, Claim b)
    {
        var relation = RelationOf(a, b);
        return (relation, Why(relation, a, b));
    }

    private static FigureRelation RelationOf(Claim a, Claim b)
    {
        if (a.Key.Scope != b.Key.Scope || YearsApart(a, b)) return FigureRelation.DifferentScope;
        if (Compatible(a.Q, b.Q)) return FigureRelation.Agree;
        if (a.ClaimantKey != b.ClaimantKey) return FigureRelation.DifferentClaimant;
        return a.Q.AsOf != b.Q.AsOf && a.Q.AsOf is not null && b.Q.AsOf is not null ? FigureRelation.Supersedes : FigureRelation.Conflict;
    }

    /// <summary>Why two claims stand in <paramref name="relation"/>, in words a reader can check against them.</summary>
    private static string Why(FigureRelation relation, Claim a, Claim b) => relation switch
    {
        FigureRelation.DifferentScope when a.Key.Scope != b.Key.Scope => $"different scope ({Obj(a)} vs {Obj(b)}), not a contradiction",
        FigureRelation.DifferentScope => $"different times ({a.Q.AsOf} vs {b.Q.AsOf}), not a contradiction",
        FigureRelation.Agree => "compatible values",
        FigureRelation.DifferentClaimant when a.Q.AsOf == b.Q.AsOf => "different claimants, not a contradiction",
        FigureRelation.DifferentClaimant => "different claimants and dates, not a contradiction",
        FigureRelation.Supersedes =>
            $"the same claimant updated the figure; the later count ({(a.Q.AsOf!.Value.CompareTo(b.Q.AsOf!.Value) > 0 ? a : b).Doc.Id}) supersedes",
        _ => "the same claimant and date with different values: a real conflict",
    };

    /// <summary>
    /// Values agree when their bounds overlap ("over 350" and "370") or they are equal within rounding: a figure
    /// written round to the nearest 10^k ("1 million", "2,000") stands for anything within half that unit.
    /// </summary>
    internal static bool Compatible(Quantity a, Quantity b)
    {
        var (alo, ahi) = Bounds(a);
        var (blo, bhi) = Bounds(b);
        return alo <= bhi && blo <= ahi;
    }

    private static (double Lo, double Hi) Bounds(Quantity q)
    {
        double lo = q.Low ?? q.Value, hi = q.High ?? (q.Low is not null && q.Hedge is not null ? double.PositiveInfinity : q.Value);
        double unit = Roundness(q.Value);
        if (q.Low is null) lo -= unit / 2;
        if (q.High is null && !double.IsPositiveInfinity(hi)) hi += unit / 2;
        return (lo, hi);
    }

    private static double Roundness(double v)
    {
        if (v < 100 || v != Math.Floor(v)) return 0;
        double unit = 1;
        while (v % (unit * 10) == 0 && unit * 10 <= v / 10) unit *= 10;
        return unit;
    }

    private static AlignedFigure Figure(IReadOnlyList<Claim> group, FigureRelation? relation, string explanation)
    {
        var first = group[0];
        return new AlignedFigure(first.Q.Measure, first.Q.Object,
            [.. group.Select(c => new FigureClaim(c.Doc.Id, c.Q.Id, c.Q.Value, c.ClaimantName, c.Q.AsOf))], relation, explanation);
    }

    private static string Describe(Claim c)
    {
        var date = c.Q.AsOf is { } d ? $", as of {d}" : "";
        var what = What(c);
        var value = Display(c.Q);
        // "at least 41" already says "at": "puts the dead at 41 or more", never "at at least 41" nor "at least 41".
        var at = value.StartsWith("at least ", StringComparison.Ordinal) ? $"at {value[9..]} or more"
            : value.StartsWith("at most ", StringComparison.Ordinal) ? $"at {value[8..]} or less"
            : value.StartsWith("at ", StringComparison.Ordinal) ? value : $"at {value}";
        return $"{c.ClaimantName} {(Plural(c.ClaimantName) ? "put" : "puts")} {what} {at} ({c.Doc.Id}{date})";
    }

    /// <summary>"Police put …", "the authorities put …": claimants that are many people take a plural verb.</summary>
    private static bool Plural(string claimant) =>
        claimant.Split(' ')[^1].ToLowerInvariant() is "police" or "authorities" or "officials" or "sources" or "residents" or "witnesses"
            or "organizers" or "organisers" or "rescuers" or "doctors" or "prosecutors" or "investigators" or "experts" or "analysts";

    /// <summary>A figure as a reader writes it: "over 350", "dozens", "90 minutes", "1,200 USD".</summary>
    public static string Display(Quantity q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var unit = q.Unit is { Length: > 0 } u ? " " + Plural(u, q.Value) : "";
        return Value(q) + unit;
    }

    /// <summary>Time units read as words ("90 minutes"); symbols and codes ("%", "USD", "km") stay as they are.</summary>
    private static string Plural(string unit, double value) =>
        value is not 1 && unit is "second" or "minute" or "hour" or "day" or "week" or "month" or "year" or "decade" ? unit + "s" : unit;

    private static string Obj(Claim c) => string.IsNullOrEmpty(c.Q.Object) ? "the figure" : c.Q.Object!;

    /// <summary>What a claim counts, as a reader says it: "people dead", "the dead" when only the measure is known, else "the figure".</summary>
    private static string What(Claim c) =>
        !string.IsNullOrEmpty(c.Q.Object) ? string.Join(' ', new[] { c.Q.Object!, c.Key.Measure }.Where(x => x.Length > 0))
        : c.Key.Measure.Length > 0 ? $"the {c.Key.Measure}" : "the figure";

    private static string Value(Quantity q)
    {
        var h = q.Hedge ?? "";
        // A vague plural is the figure itself: "dozens", "tens of thousands" (its value is only the lower bound).
        if (h.Split(' ')[0] is "dozens" or "tens" or "scores" or "hundreds" or "thousands" or "millions" or "billions") return h;
        // A range reads as one: "1 to 2" for "one or two", "between 10 and 12" (its value is one end of it).
        if (q.Low is { } low && q.High is { } high && low < high) return $"{Number(low)} to {Number(high)}";
        return h.Length > 0 ? $"{h} {Number(q.Value)}" : Number(q.Value);
    }

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Source(Document d) => d.Metadata.Outlet is { } o ? $"{d.Id} ({o})" : d.Id;

    private static string ClaimantKey(Document d, Quantity q, CrossDocumentEntities entities)
    {
        if (q.Claimant is null) return "outlet:" + (d.Metadata.Outlet ?? d.Id);
        if (entities.Of(d.Id, q.Claimant.EntityId) is { } se) return "e:" + se.Name;
        return "n:" + NameKey.Full(q.Claimant.Name);
    }

    private static string ClaimantName(Document d, Quantity q, CrossDocumentEntities entities) =>
        q.Claimant?.Name is { Length: > 0 } n ? n : d.Metadata.Outlet ?? $"the outlet of {d.Id}";

    internal sealed record Claim(Document Doc, Quantity Q, FigureKey Key, string ClaimantKey, string ClaimantName);
}
