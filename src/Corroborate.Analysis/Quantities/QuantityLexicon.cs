using System.Collections.Frozen;

namespace Corroborate.Analysis.Quantities;

internal static class QuantityLexicon
{
    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["thousand"] = 1000,
        ["dozen"] = 12, ["half"] = 0.5, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₴"] = "UAH",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["pounds"] = "GBP", ["euros"] = "EUR", ["euro"] = "EUR", ["yen"] = "JPY",
        ["rupees"] = "INR", ["roubles"] = "RUB", ["rubles"] = "RUB", ["hryvnias"] = "UAH", ["yuan"] = "CNY",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units written after a number, mapped to a short canonical form.</summary>
    public static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = "%", ["percent"] = "%", ["per"] = "%", ["pc"] = "%",
        ["km"] = "km", ["kilometres"] = "km", ["kilometers"] = "km", ["kilometre"] = "km", ["kilometer"] = "km",
        ["mile"] = "mile", ["miles"] = "mile", ["m"] = "m", ["metres"] = "m", ["meters"] = "m", ["metre"] = "m", ["meter"] = "m",
        ["feet"] = "ft", ["foot"] = "ft", ["ft"] = "ft", ["yards"] = "yd", ["yard"] = "yd", ["inches"] = "in", ["cm"] = "cm", ["mm"] = "mm",
        ["kg"] = "kg", ["kilograms"] = "kg", ["tonnes"] = "t", ["tons"] = "t", ["tonne"] = "t", ["ton"] = "t", ["pounds"] = "lb", ["lb"] = "lb",
        ["minute"] = "minute", ["minutes"] = "minute", ["hour"] = "hour", ["hours"] = "hour", ["day"] = "day", ["days"] = "day",
        ["week"] = "week", ["weeks"] = "week", ["month"] = "month", ["months"] = "month", ["year"] = "year", ["years"] = "year",
        ["decade"] = "decade", ["decades"] = "decade", ["seconds"] = "second", ["second"] = "second",
        ["mph"] = "mph", ["km/h"] = "km/h", ["degrees"] = "degree", ["°c"] = "°C", ["°f"] = "°F", ["barrels"] = "barrel",
        ["litres"] = "l", ["liters"] = "l", ["gallons"] = "gallon", ["acres"] = "acre", ["hectares"] = "ha", ["mw"] = "MW", ["gw"] = "GW",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hedge words and the bound they set: +1 a lower bound ("over 350"), -1 an upper bound ("nearly 500"), 0 approximate.</summary>
    public static readonly (string Phrase, int Bound)[] Hedges =
    [
        ("more than", 1), ("over", 1), ("at least", 1), ("upwards of", 1), ("in excess of", 1), ("above", 1), ("just over", 1),
        ("nearly", -1), ("almost", -1), ("up to", -1), ("as many as", -1), ("as much as", -1), ("less than", -1), ("fewer than", -1),
        ("under", -1), ("close to", -1), ("just under", -1), ("no more than", -1), ("at most", -1),
        ("about", 0), ("around", 0), ("approximately", 0), ("roughly", 0), ("some", 0), ("an estimated", 0), ("estimated", 0), ("circa", 0), ("almost exactly", 0),
    ];

    /// <summary>Words that name what a count measures, mapped to one vocabulary (died/killed/death toll → dead).</summary>
    public static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["died"] = "dead", ["dead"] = "dead", ["killed"] = "dead", ["death"] = "dead", ["deaths"] = "dead", ["die"] = "dead",
        ["dies"] = "dead", ["fatalities"] = "dead", ["lives"] = "dead", ["perished"] = "dead", ["toll"] = "dead",
        ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured", ["injuries"] = "injured", ["hospitalised"] = "injured",
        ["hospitalized"] = "injured", ["treated"] = "injured",
        ["missing"] = "missing", ["displaced"] = "displaced", ["homeless"] = "displaced", ["fled"] = "fled", ["flee"] = "fled",
        ["refugees"] = "fled", ["arrested"] = "arrested", ["arrests"] = "arrested", ["detained"] = "detained", ["evacuated"] = "evacuated",
        ["infected"] = "infected", ["infections"] = "infected", ["cases"] = "infected", ["rescued"] = "rescued", ["captured"] = "captured",
        ["deported"] = "deported", ["kidnapped"] = "kidnapped", ["abducted"] = "kidnapped", ["sacked"] = "dismissed", ["fired"] = "dismissed",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that are not what it counts.</summary>
    public static readonly FrozenSet<string> NotObjects = new[]
    {
        "have", "has", "had", "were", "was", "are", "is", "be", "been", "more", "other", "of", "in", "to", "and", "or", "on", "at",
        "by", "for", "from", "with", "as", "the", "a", "an", "that", "who", "which", "than", "per", "said", "will", "would", "could",
        "injured", "dead", "killed", "wounded", "died", "missing", "people's", "times", "percent", "cent", "a.m.", "p.m.", "am", "pm",
        "this", "these", "those", "also", "out", "so", "far", "each", "apiece", "while", "but", "if", "when", "since",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
