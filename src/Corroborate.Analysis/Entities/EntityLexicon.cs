using System.Collections.Frozen;

namespace Corroborate.Analysis.Entities;

/// <summary>Closed word lists the entity stage relies on: titles, roles, pronouns, nationality adjectives.</summary>
internal static class EntityLexicon
{
    /// <summary>Words that, before a name, are titles ("President Macron", "Interior Minister Tomas Reyes").</summary>
    public static readonly FrozenSet<string> TitleWords = new[]
    {
        "president", "vice", "prime", "minister", "chancellor", "governor", "mayor", "senator", "sen.", "rep.", "representative",
        "secretary", "general", "gen.", "lt.", "col.", "colonel", "lieutenant", "major", "captain", "capt.", "admiral", "sergeant",
        "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "emir",
        "sultan", "ambassador", "envoy", "judge", "justice", "chief", "commissioner", "director", "chairman", "chairwoman",
        "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "premier", "foreign", "interior", "defence", "defense",
        "finance", "health", "deputy", "acting", "former", "first", "lady", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
        "prof.", "professor", "coach", "manager", "leader", "speaker", "attorney", "high", "commander", "head", "officer",
        "inspector", "superintendent", "detective", "marshal", "councillor", "councilor", "mp", "lawmaker", "economy", "trade",
        "education", "justice", "transport", "energy", "agriculture", "labour", "labor", "home", "state", "opposition",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role nouns that a definite description can use for a titled person ("the French president").</summary>
    public static readonly FrozenSet<string> RoleNouns = new[]
    {
        "president", "leader", "prime minister", "premier", "chancellor", "governor", "mayor", "minister", "king", "queen",
        "pope", "senator", "secretary-general", "commissioner", "chairman", "chief", "general", "ambassador", "envoy",
        "foreign minister", "interior minister", "defence minister", "defense minister", "finance minister", "spokesman",
        "spokeswoman", "head of state", "monarch",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Roles that name whoever leads a country, so "the Russian leader" finds "Russian President Putin".</summary>
    public static readonly FrozenSet<string> HeadOfState = new[]
    {
        "president", "prime minister", "premier", "chancellor", "king", "queen", "leader", "head of state", "monarch",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words that make a name an organisation whatever the tagger said ("Brightwater Chemicals").</summary>
    public static readonly FrozenSet<string> OrganizationHeads = new[]
    {
        "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Group", "Holdings", "Chemicals", "Industries",
        "Bank", "Company", "Co.", "Airlines", "Motors", "Energy", "Oil", "Gas", "Pharmaceuticals", "Systems", "Technologies",
        "University", "College", "Institute", "Foundation", "Council", "Committee", "Commission", "Ministry", "Department",
        "Agency", "Party", "Association", "Union", "Federation", "Club", "Hospital", "Police", "Army", "Court", "Board",
        "Press", "News", "Times", "Post", "Herald", "Journal", "Gazette", "Tribune", "Television", "Radio",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that, after "X's", make an organisation tied to person X ("Macron's office").</summary>
    public static readonly FrozenSet<string> OfficeNouns = new[]
    {
        "office", "government", "administration", "cabinet", "campaign", "team", "ministry", "party", "spokesman's office",
        "press office", "foundation", "family", "lawyers", "aides", "camp", "staff",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Country ↔ adjective, so titles and descriptions using either form match ("French" ↔ "France").
    /// Not a gazetteer for recognition (the tagger does that): only for relating descriptions to people.
    /// </summary>
    public static readonly FrozenDictionary<string, string> CountryOfAdjective = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["French"] = "France", ["Russian"] = "Russia", ["Ukrainian"] = "Ukraine", ["American"] = "United States", ["U.S."] = "United States",
        ["US"] = "United States", ["British"] = "Britain", ["German"] = "Germany", ["Chinese"] = "China", ["Japanese"] = "Japan",
        ["Italian"] = "Italy", ["Spanish"] = "Spain", ["Polish"] = "Poland", ["Turkish"] = "Turkey", ["Iranian"] = "Iran",
        ["Israeli"] = "Israel", ["Palestinian"] = "Palestine", ["Indian"] = "India", ["Pakistani"] = "Pakistan", ["Canadian"] = "Canada",
        ["Mexican"] = "Mexico", ["Brazilian"] = "Brazil", ["Australian"] = "Australia", ["Belarusian"] = "Belarus", ["Syrian"] = "Syria",
        ["Egyptian"] = "Egypt", ["Saudi"] = "Saudi Arabia", ["Korean"] = "Korea", ["South Korean"] = "South Korea",
        ["North Korean"] = "North Korea", ["Dutch"] = "Netherlands", ["Swedish"] = "Sweden", ["Finnish"] = "Finland",
        ["Norwegian"] = "Norway", ["Danish"] = "Denmark", ["Greek"] = "Greece", ["Hungarian"] = "Hungary", ["Irish"] = "Ireland",
        ["Portuguese"] = "Portugal", ["Belgian"] = "Belgium", ["Swiss"] = "Switzerland", ["Austrian"] = "Austria", ["Czech"] = "Czech Republic",
        ["Romanian"] = "Romania", ["Serbian"] = "Serbia", ["Georgian"] = "Georgia", ["Afghan"] = "Afghanistan", ["Iraqi"] = "Iraq",
        ["Lebanese"] = "Lebanon", ["Nigerian"] = "Nigeria", ["Kenyan"] = "Kenya", ["South African"] = "South Africa",
        ["Argentine"] = "Argentina", ["Venezuelan"] = "Venezuela", ["Colombian"] = "Colombia", ["Cuban"] = "Cuba", ["Scottish"] = "Scotland",
        ["Welsh"] = "Wales", ["English"] = "England", ["European"] = "Europe", ["Taiwanese"] = "Taiwan", ["Vietnamese"] = "Vietnam",
        ["Thai"] = "Thailand", ["Indonesian"] = "Indonesia", ["Filipino"] = "Philippines", ["Malaysian"] = "Malaysia",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Normalises a nationality word or country name to the country, for matching.</summary>
    public static string? Country(string word) =>
        CountryOfAdjective.TryGetValue(word, out var c) ? c
        : CountryOfAdjective.Values.Contains(word, StringComparer.OrdinalIgnoreCase) ? word
        : null;

    /// <summary>Demonyms and nationality adjectives are groups (MISC in CoNLL), other MISC names are "other".</summary>
    public static bool IsNationality(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal)) return CountryOfAdjective.ContainsKey(name);
        var n = name.EndsWith('s') ? name[..^1] : name;
        return CountryOfAdjective.ContainsKey(name) || CountryOfAdjective.ContainsKey(n)
            || n.EndsWith("ian", StringComparison.Ordinal) || n.EndsWith("ese", StringComparison.Ordinal)
            || n.EndsWith("ish", StringComparison.Ordinal) || n.EndsWith("ean", StringComparison.Ordinal);
    }
}
