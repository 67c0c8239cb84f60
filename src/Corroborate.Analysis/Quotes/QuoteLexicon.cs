using System.Collections.Frozen;

namespace Corroborate.Analysis.Quotes;

internal static class QuoteLexicon
{
    /// <summary>Verbs that introduce speech or a claim, in the forms news uses.</summary>
    public static readonly FrozenSet<string> Cues = new[]
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "adding", "stated", "states", "explained",
        "explains", "noted", "notes", "wrote", "writes", "tweeted", "tweets", "posted", "claimed", "claims", "claiming", "warned",
        "warns", "warning", "insisted", "insists", "argued", "argues", "asked", "asks", "announced", "announces", "declared",
        "declares", "estimates", "estimated", "estimating", "reported", "reports", "confirmed",
        "confirms", "denied", "denies", "acknowledged", "admitted", "admits", "recalled", "replied", "responded", "suggested",
        "suggests", "believes", "believed", "predicted", "predicts", "promised", "promises", "vowed", "vows", "urged", "urges",
        "stressed", "stresses", "emphasized", "emphasised", "observed", "remarked", "commented", "disclosed", "revealed",
        "conceded", "assured", "maintained", "maintains", "alleged", "alleges", "contended", "countered", "shouted", "added",
        "testified", "quoted", "cautioned", "pointed", "hinted", "reiterated", "indicated", "indicates", "concluded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cues that only attribute a quotation next to them ("…," the statement continued), never reported speech.</summary>
    public static readonly FrozenSet<string> QuoteOnlyCues = new[] { "continued", "continues", "went", "concluded" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may sit between a speaker and the cue: "Zelenskyy had said", "Putin reportedly said".</summary>
    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "had", "has", "have", "was", "were", "is", "are", "also", "later", "then", "reportedly", "previously", "earlier",
        "again", "once", "repeatedly", "publicly", "privately", "separately", "recently", "further", "quickly", "simply",
        "has also", "would", "will", "did", "does", "do", "not", "never", "just", "already", "flatly", "first",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start a clause or a prepositional lead-in before a subject: "with the UN estimating …".</summary>
    public static readonly FrozenSet<string> ClauseLeads = new[]
    {
        "and", "but", "while", "whereas", "with", "as", "then", "so", "yet", "also", "however", "meanwhile", "moreover", "instead",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "one", "two", "three", "several", "some", "many", "another", "other", "his", "her", "their", "its", "our",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "it", "we", "i",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Channel keywords near a cue: "in a statement", "in a tweet", "in a phone call", "in an interview".</summary>
    public static readonly FrozenDictionary<string, string> Channels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["statement"] = "statement", ["statements"] = "statement", ["communique"] = "statement", ["release"] = "statement",
        ["tweet"] = "tweet", ["tweeted"] = "tweet", ["twitter"] = "tweet", ["post"] = "tweet", ["posted"] = "tweet",
        ["call"] = "call", ["phone"] = "call", ["telephone"] = "call", ["conversation"] = "call",
        ["interview"] = "interview", ["interviewed"] = "interview",
        ["speech"] = "speech", ["address"] = "speech", ["rally"] = "speech", ["conference"] = "speech", ["briefing"] = "speech",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Name words that mark a news organisation, whose attributions relay rather than speak ("via").</summary>
    public static readonly FrozenSet<string> MediaWords = new[]
    {
        "Reuters", "AP", "AFP", "Associated", "Bloomberg", "BBC", "CNN", "Times", "Post", "Beast", "Guardian", "Journal",
        "Herald", "Tribune", "Telegraph", "News", "Press", "Agency", "TV", "Radio", "Gazette", "Daily", "Observer", "Independent",
        "Interfax", "TASS", "Xinhua", "Al Jazeera", "Politico", "Axios", "Wire", "Mirror", "Express", "Sun", "Chronicle",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
