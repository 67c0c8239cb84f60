using System.Collections.Frozen;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Word lists the attribution rules look up per token. Lookups go through span-keyed alternate lookups so the
/// scan allocates nothing per token (the stage must run at ≥ 1M words/s).
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>Verbs that introduce speech or a reported claim, in the forms news uses.</summary>
    private static readonly FrozenSet<string> Cues = Set(
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "adding", "stated", "states",
        "claimed", "claims", "claiming", "estimates", "estimated", "estimating", "estimate", "announced", "announces",
        "argued", "argues", "arguing", "insisted", "insists", "insisting", "warned", "warns", "warning",
        "noted", "notes", "noting", "explained", "explains", "explaining", "wrote", "writes", "writing",
        "reported", "reports", "report", "promise", "confirmed", "confirms", "admitted", "admits", "acknowledged", "acknowledges",
        "suggested", "suggests", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "asserted",
        "declared", "declares", "alleged", "alleges", "maintained", "maintains", "predicted", "predicts",
        "replied", "responded", "responds", "recalled", "recalls", "continued", "continues", "tweeted", "tweets",
        "joked", "quipped", "testified", "conceded", "concedes", "contended", "contends", "observed", "remarked",
        "revealed", "reveals", "disclosed", "complained", "complains", "lamented", "laments", "promised", "promises",
        "vowed", "vows", "pledged", "pledges", "asked", "asks", "urged", "urges",
        "denied", "denies", "countered", "cautioned", "agreed", "agrees", "described", "describes", "describing",
        "calls", "called", "expects", "expected", "wondered",
        "acknowledging", "telling", "announcing", "stressing", "explaining", "warning", "posted",
        "explain", "insist", "argue", "note", "warn", "claim", "suggest", "add", "admit", "predict", "allege", "contend",
        "acknowledge", "commented", "comments", "commenting", "remarks", "echoed", "echoes", "mentioned");

    /// <summary>
    /// Cues whose content may be what the speaker commits to: "pledged to push for an amendment". Not "agreed to" nor
    /// "threatened to", which report a deal or a threat made by deed as often as by word.
    /// </summary>
    private static readonly FrozenSet<string> Commitments = Set("pledged", "pledges", "promised", "promises", "promise", "vowed", "vows");

    /// <summary>Cues that take a listener object before the content: "told reporters that".</summary>
    private static readonly FrozenSet<string> ObjectCues = Set(
        "told", "tells", "tell", "telling", "asked", "asks", "urged", "urges", "warned", "warns", "assured", "reminded",
        "informed", "promised");

    /// <summary>Prepositions that can sit inside a speaker phrase: "an aide to Macron", "the statement released by
    /// Macron", "commissioner for human rights". Others (on, in, with) start an adjunct, not a speaker.</summary>
    private static readonly FrozenSet<string> PhrasePrepositions = Set("of", "to", "for", "at", "from", "by");

    /// <summary>Cues that introduce content without "that" in news style ("Smith said the plan failed"); other
    /// cues ("denied", "added", "confirmed") also take plain objects, so they need "that" or a subject pronoun.
    /// Not "states": in news it is mostly the noun ("member states have French as a common language").</summary>
    private static readonly FrozenSet<string> SayCues = Set(
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "stated", "claimed", "claims",
        "claiming", "argued", "argues", "insisted", "insists", "warned", "warns", "explained", "explains", "wrote", "writes",
        "estimates", "estimated", "estimating", "insisting", "arguing", "alleged", "alleges",
        "maintained", "maintains", "contended", "contends", "testified", "predicted", "predicts",
        "recalled", "recalls", "complained", "complains", "report", "reported", "reports", "conceded", "concedes",
        "acknowledged", "acknowledges", "admitted", "admits", "stressed", "stresses", "promise", "promised", "promises",
        "explain", "insist", "argue", "warn", "claim", "predict", "allege", "contend");

    /// <summary>
    /// What a finding comes from: "a new poll shows", "the study found", "video of the arrest shows", "an average of
    /// polls shows". After one of these, "shows" and "found" report what it holds.
    /// </summary>
    private static readonly FrozenSet<string> FindingNouns = Set(
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "research",
        "figures", "statistics", "records", "review", "audit", "census", "findings", "results", "numbers", "investigation",
        "video", "videos", "footage", "transcript", "transcripts", "average", "document", "documents", "memo", "tally",
        "forecast", "forecasts", "projections", "evidence", "filings", "slide");

    private static readonly FrozenSet<string> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec", "morning", "afternoon",
        "evening", "night", "week", "month", "year", "weekend", "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        "weeks", "months", "years", "days", "decades", "hours");

    private static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "it", "i", "we", "you");

    /// <summary>Words between a speaker and the cue that do not change who speaks: "Putin had also said".</summary>
    private static readonly FrozenSet<string> Adverbs = Set(
        "had", "has", "have", "also", "later", "then", "reportedly", "previously", "once", "again", "further",
        "recently", "earlier", "still", "would", "will", "has", "first", "initially", "finally", "just", "simply",
        "repeatedly", "publicly", "privately", "flatly", "did", "does", "do", "may", "might", "could", "always",
        "never", "often", "allegedly", "apparently", "too", "even", "however", "quickly", "openly");

    private static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "some", "many",
        "several", "other", "another", "one", "two", "three", "both", "most", "few", "all", "each", "any", "various", "my", "your");

    private static readonly FrozenSet<string> Prepositions = Set(
        "on", "in", "at", "with", "from", "by", "during", "after", "before", "since", "for", "into", "over", "under",
        "about", "against", "near", "through", "via", "like", "than", "of", "to", "as", "between", "among", "until", "despite",
        "below", "above", "amid", "without", "within", "beyond");

    /// <summary>Words that end a backward noun-phrase scan: verbs, conjunctions, relatives.</summary>
    private static readonly FrozenSet<string> Breakers = Set(
        "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "is", "was", "were", "are", "be", "been",
        "being", "not", "if", "when", "while", "because", "although", "though", "where", "so", "yet", "as", "what",
        "how", "why", "there", "here", "said", "says", "told", "after", "before", "also", "than", "then", "according");

    /// <summary>Role heads that make a description a person: "the French president", "an aide".</summary>
    private static readonly FrozenSet<string> PersonRoles = Set(
        "president", "minister", "premier", "leader", "spokesman", "spokeswoman", "spokesperson", "official",
        "officials", "aide", "aides", "chief", "chancellor", "secretary", "senator", "governor", "mayor",
        "director", "commissioner", "ambassador", "general", "officer", "adviser", "advisor", "source", "sources",
        "analyst", "analysts", "expert", "experts", "lawyer", "attorney", "judge", "professor", "researcher",
        "author", "ceo", "chair", "chairman", "chairwoman", "head", "diplomat", "diplomats", "king", "queen",
        "prince", "pope", "candidate", "councillor", "councilor", "representative", "member", "members", "witness",
        "witnesses", "resident", "residents", "doctor", "scientist", "economist", "manager", "founder", "owner",
        "woman", "man", "father", "mother", "staff", "aunt", "uncle", "son", "daughter", "wife", "husband", "friend", "neighbour", "neighbor", "victim", "player", "coach", "teacher", "student", "worker", "employee", "activist", "critic", "organizer", "organiser", "partner", "sister", "brother", "owner", "proprietor", "citizen", "chiefs", "leaders", "parent", "parents", "nurse", "physician", "pediatrician", "psychologist", "historian", "strategist", "consultant", "executive", "inspector", "sergeant", "constable", "detective", "minister", "mp", "mpp", "mla", "premier", "speaker", "trustee", "superintendent", "principal", "lawmaker", "lawmakers", "legislator", "prosecutor", "spokesmen");

    /// <summary>
    /// People who speak as a crowd, in the plural: "46 percent of voters said", "some delegates at the convention
    /// said". Plurals of <see cref="PersonRoles"/> count too (see <see cref="IsPeople"/>).
    /// </summary>
    private static readonly FrozenSet<string> Crowds = Set(
        "people", "voters", "delegates", "respondents", "insiders", "veterans", "supporters", "protesters", "protestors",
        "demonstrators", "participants", "attendees", "fans", "customers", "investors", "advocates", "opponents", "observers",
        "pollsters", "volunteers", "farmers", "soldiers", "survivors", "relatives", "speakers", "organizers", "organisers",
        "officers", "families", "republicans", "democrats", "conservatives", "liberals", "progressives", "americans", "britons");

    /// <summary>Heads for speaking bodies: "the company said", "Macron's office said".</summary>
    private static readonly FrozenSet<string> BodyHeads = Set(
        "office", "government", "ministry", "company", "agency", "department", "administration", "campaign",
        "team", "statement", "police", "army", "military", "kremlin", "council", "committee", "court", "party",
        "union", "board", "commission", "firm", "group", "spokesperson", "spokesman", "spokeswoman", "report",
        "study", "survey", "public", "city", "province", "state", "municipality", "hospital", "school", "university", "bank", "club", "league", "network", "newspaper", "magazine", "website", "blog", "railway", "airline", "utility", "family", "organization", "organisation", "embassy", "palace", "authorities", "service",
        "poll", "polls", "data", "analysis", "research", "figures", "statistics", "census", "findings", "results", "audit");

    /// <summary>
    /// Bodies of a kind that their names carry ("Troy Police Department", "Ministry of Defence", "Indian Army"):
    /// "police said" is the police named in the article, never whichever company or person came last.
    /// </summary>
    private static readonly FrozenSet<string> NamedBodyHeads = Set(
        "police", "army", "military", "navy", "ministry", "court", "council", "committee", "commission", "embassy", "hospital",
        "university", "school", "bank", "party", "union", "league", "railway", "airline");

    /// <summary>Channel words: where a thing was said.</summary>
    private static readonly FrozenDictionary<string, string> ChannelWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["statement"] = "statement", ["statements"] = "statement", ["communique"] = "statement", ["release"] = "statement", ["notice"] = "statement",
        ["tweet"] = "tweet", ["tweeted"] = "tweet", ["twitter"] = "tweet", ["tweets"] = "tweet",
        ["phone"] = "call", ["telephone"] = "call", ["phoned"] = "call", ["teleconference"] = "call",
        ["interview"] = "interview", ["interviewed"] = "interview",
        ["speech"] = "speech", ["address"] = "speech", ["addressed"] = "speech", ["rally"] = "speech",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that mark a relaying news outlet ("the Daily Beast", "The Economic Times").</summary>
    private static readonly FrozenSet<string> OutletWords = Set(
        "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "tass", "ria", "interfax",
        "times", "post", "news", "journal", "beast", "guardian", "telegraph", "herald", "tribune", "globe", "mail",
        "press", "agency", "gazette", "independent", "observer", "axios", "politico", "tribune", "wire", "today",
        "express", "mirror", "sun", "star", "chronicle", "economist", "insider", "nyt");

    /// <summary>Connectives that open a sentence and are no name, however capitalised: "Instead,", "Meanwhile,".</summary>
    private static readonly FrozenSet<string> Connectives = Set(
        "instead", "meanwhile", "indeed", "moreover", "nonetheless", "nevertheless", "besides", "furthermore", "likewise",
        "thus", "hence", "therefore", "otherwise", "overall", "regardless", "now", "additionally", "separately", "similarly");

    /// <summary>Endings of sentence adverbs ("Ironically", "Separately", "Reportedly"); not "-ily" or "-olly" (Emily, Connolly).</summary>
    private static readonly string[] AdverbEndings = ["ally", "ably", "ibly", "ately", "edly", "ously", "ently", "antly", "ively", "ingly", "fully"];

    /// <summary>
    /// Whether a word opening a sentence before a comma is a connective or a sentence adverb ("Instead, Vance …",
    /// "Ironically, …"), never the speaker.
    /// </summary>
    public static bool IsOpener(ReadOnlySpan<char> word)
    {
        if (Connectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Adverb.Contains(word)) return true;
        if (word.Length < 7) return false;
        foreach (var ending in AdverbEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Crowd = Crowds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A role, a role in the plural ("attorneys", "aides") or a crowd ("voters"): people who can speak.</summary>
    public static bool IsPeople(ReadOnlySpan<char> w) =>
        PersonRole.Contains(w) || Crowd.Contains(w) || w.Length > 3 && w[^1] == 's' && PersonRole.Contains(w[..^1]);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cue = Cues.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectCue = ObjectCues.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhrasePreposition = PhrasePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayCue = SayCues.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Commitment = Commitments.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FindingNoun = FindingNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWord = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronoun = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverb = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Preposition = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Breaker = Breakers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonRole = PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyHead = BodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedBodyHead = NamedBodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletWord = OutletWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Channel = ChannelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
