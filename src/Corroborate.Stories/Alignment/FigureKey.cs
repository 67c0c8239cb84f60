using Corroborate.Stories.Text;

namespace Corroborate.Stories.Alignment;

/// <summary>
/// What a figure counts, reduced so synonyms meet: the head noun of the object (lemmatised, "civilian deaths"
/// → "civilian" once the outcome word is dropped, since the quantities stage already puts dead/killed/died in
/// the measure) plus the qualifiers that narrow its scope ("in Kharkiv", "children").
/// </summary>
public sealed record FigureKey(string Measure, string Head, string Scope)
{
    private static readonly HashSet<string> OutcomeWords = new(StringComparer.Ordinal)
    {
        "death", "dead", "kill", "killed", "die", "died", "casualty", "fatality", "victim", "injury", "injured", "wounded",
        "toll", "number", "total", "count", "figure", "least", "some", "about", "around", "nearly", "almost",
    };

    /// <summary>
    /// Objects that name everyone: "people" contains "civilians", "soldiers", "children". A figure with nothing
    /// counted is not one of them: it names no group at all, so it scopes nothing.
    /// </summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "people", "person", "peopl", "individual" };

    public bool IsGeneric => Generic.Contains(Head);

    /// <summary>Heads (lemmatised) that name people; with "-ist" and "-ian" nouns ("activists", "civilians") they are the people counts.</summary>
    private static readonly HashSet<string> PeopleWords = new(StringComparer.Ordinal)
    {
        "man", "men", "woman", "women", "child", "children", "kid", "boy", "girl", "son", "daughter", "citizen", "resident",
        "villager", "soldier", "troop", "police", "officer", "staff", "student", "juror", "victim", "mourner", "passenger",
        "miner", "fan", "pilgrim", "migrant", "immigrant", "refugee", "patient", "prisoner", "inmate", "hostage", "crew",
        "family", "adult", "teenager", "colleague", "partner", "guest", "player", "member", "climber", "employee",
        "professor", "coworker", "spectator", "survivor", "worker", "protester", "protestor", "demonstrator", "rioter",
        "supporter", "voter", "firefighter", "farmer", "worshipper", "shopper", "driver", "fighter", "rebel", "militant",
        "leader", "customer", "bystander", "commuter", "traveller", "traveler", "lawmaker", "investor", "donor", "visitor",
        "onlooker", "participant", "inhabitant", "pupil", "teacher", "nurse", "doctor", "sailor", "pirate", "suspect",
        "detainee", "casualty", "official", "diplomat", "journalist", "reporter", "volunteer", "rescuer", "hiker", "skier",
    };

    /// <summary>
    /// Whether the head names people ("workers", "women", "activists"), so that a count of everyone can stand
    /// beside it as a wider scope. Villages, helicopters and buildings are no part of "people" injured.
    /// </summary>
    public bool IsPeople =>
        PeopleWords.Contains(Head) || Head.Length > 4 && (Head.EndsWith("ist", StringComparison.Ordinal) || Head.EndsWith("ian", StringComparison.Ordinal));

    public static FigureKey Of(string? measure, string? obj)
    {
        var words = (obj ?? "").Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => ContentWords.Lemma(ContentWords.Normalise(w)))
            .Where(w => w.Length > 1 && !ContentWords.IsStopWord(w) && !OutcomeWords.Contains(w))
            .ToList();
        // The head is the first remaining noun-like word ("civilians in Kharkiv" → civilian; scope "kharkiv").
        string head = words.Count == 0 ? "" : words[0];
        string scope = string.Join(' ', words.Skip(1).Order(StringComparer.Ordinal));
        return new FigureKey((measure ?? "").ToLowerInvariant(), head, scope);
    }
}
