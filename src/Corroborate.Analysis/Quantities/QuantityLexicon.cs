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

    /// <summary>Words a written number can start with or contain, looked up on spans (no allocation) to skip sentences without numbers.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberStarters =
        new[] { "couple", "dozens", "tens", "hundreds", "thousands", "millions", "billions", "third", "quarter", "fifth", "tenth", "thirds", "quarters" }
            .Concat(new[]
            {
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "half", "million", "billion", "trillion",
            })
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Fractions written as words: "a third of", "two-thirds", "three quarters".</summary>
    public static readonly FrozenDictionary<string, double> Fractions = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fifth"] = 5, ["fifths"] = 5,
        ["sixth"] = 6, ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
        ["millions"] = 1e6, ["billions"] = 1e9, ["crore"] = 1e7, ["crores"] = 1e7, ["lakh"] = 1e5, ["lakhs"] = 1e5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague plurals and the order of magnitude they open: "dozens" is 12 up to 120, "thousands" 1,000 up to 10,000.</summary>
    public static readonly FrozenDictionary<string, double> VaguePlurals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12, ["tens"] = 10, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₴"] = "UAH",
        ["₪"] = "ILS", ["₩"] = "KRW", ["₦"] = "NGN", ["¢"] = "cent",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Country letters written before "$" or glued to it ("US $58", "HK $5.4m", "$A82", "A$10"): which dollar.</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["AUD"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["CAD"] = "CAD",
        ["NZ"] = "NZD", ["HK"] = "HKD", ["S"] = "SGD", ["SG"] = "SGD", ["NT"] = "TWD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>ISO codes written before a number ("USD 5m", "EUR 300").</summary>
    public static readonly FrozenDictionary<string, string> CurrencyCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USD"] = "USD", ["GBP"] = "GBP", ["EUR"] = "EUR", ["JPY"] = "JPY", ["INR"] = "INR", ["Rs"] = "INR", ["RUB"] = "RUB", ["CNY"] = "CNY",
        ["AUD"] = "AUD", ["CAD"] = "CAD", ["HKD"] = "HKD", ["CHF"] = "CHF", ["NIS"] = "ILS", ["ZAR"] = "ZAR", ["RM"] = "MYR",
        ["UAH"] = "UAH", ["SGD"] = "SGD", ["NZD"] = "NZD", ["DKK"] = "DKK", ["SEK"] = "SEK",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency names after a number; an adjective before "dollars"/"crowns" picks the country ("Australian dollars").</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["pounds"] = "GBP", ["sterling"] = "GBP", ["euros"] = "EUR", ["euro"] = "EUR", ["yen"] = "JPY",
        ["rupees"] = "INR", ["roubles"] = "RUB", ["rubles"] = "RUB", ["hryvnias"] = "UAH", ["hryvnia"] = "UAH", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["shekels"] = "ILS", ["shekel"] = "ILS", ["ringgit"] = "MYR", ["sen"] = "sen", ["cents"] = "cent",
        ["cent"] = "cent", ["pence"] = "pence", ["francs"] = "CHF", ["rand"] = "ZAR", ["won"] = "KRW", ["naira"] = "NGN", ["pesos"] = "MXN",
        ["reais"] = "BRL", ["lira"] = "TRY", ["bitcoin"] = "BTC", ["bitcoins"] = "BTC",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A nationality before "dollars"/"crowns"/"pesos" that names the currency.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyAdjectives = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["australian dollars"] = "AUD", ["canadian dollars"] = "CAD", ["hong kong dollars"] = "HKD", ["new zealand dollars"] = "NZD",
        ["singapore dollars"] = "SGD", ["taiwan dollars"] = "TWD", ["us dollars"] = "USD", ["u.s. dollars"] = "USD", ["american dollars"] = "USD",
        ["danish crowns"] = "DKK", ["danish kroner"] = "DKK", ["swedish crowns"] = "SEK", ["swedish kronor"] = "SEK",
        ["norwegian crowns"] = "NOK", ["norwegian kroner"] = "NOK", ["swiss francs"] = "CHF", ["mexican pesos"] = "MXN",
        ["philippine pesos"] = "PHP", ["brazilian reais"] = "BRL", ["turkish lira"] = "TRY", ["south african rand"] = "ZAR",
        ["indian rupees"] = "INR", ["pakistani rupees"] = "PKR", ["russian roubles"] = "RUB", ["russian rubles"] = "RUB",
        ["chinese yuan"] = "CNY", ["japanese yen"] = "JPY", ["israeli shekels"] = "ILS", ["malaysian ringgit"] = "MYR",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Units of more than one word, as tokens (the tokenizer splits "km/h" into three), longest first so "miles per
    /// hour" wins over "miles".
    /// </summary>
    public static readonly (string[] Words, string Unit)[] UnitPhrases =
    [
        (["miles", "per", "hour"], "mph"), (["mile", "per", "hour"], "mph"), (["kilometres", "per", "hour"], "km/h"),
        (["kilometers", "per", "hour"], "km/h"), (["km", "per", "hour"], "km/h"), (["miles", "per", "gallon"], "mpg"),
        (["miles", "an", "hour"], "mph"), (["kilometres", "an", "hour"], "km/h"), (["kilometers", "an", "hour"], "km/h"),
        (["degrees", "celsius"], "°C"), (["degrees", "centigrade"], "°C"), (["degrees", "fahrenheit"], "°F"), (["degree", "celsius"], "°C"),
        (["degree", "fahrenheit"], "°F"), (["degrees", "c"], "°C"), (["degrees", "f"], "°F"), (["°", "c"], "°C"), (["°", "f"], "°F"),
        (["º", "c"], "°C"), (["º", "f"], "°F"),
        (["km", "/", "h"], "km/h"), (["km", "/", "hr"], "km/h"), (["kph"], "km/h"), (["m", "/", "s"], "m/s"),
        (["per", "cent"], "%"), (["percentage", "points"], "percentage point"), (["percentage", "point"], "percentage point"),
        (["basis", "points"], "bp"), (["basis", "point"], "bp"),
        (["square", "miles"], "sq mi"), (["square", "mile"], "sq mi"), (["square", "feet"], "sq ft"), (["square", "foot"], "sq ft"),
        (["sq", "ft"], "sq ft"), (["square", "metres"], "m²"), (["square", "meters"], "m²"), (["sq", "m"], "m²"), (["square", "metre"], "m²"),
        (["square", "kilometres"], "km²"), (["square", "kilometers"], "km²"), (["sq", "km"], "km²"), (["cubic", "feet"], "ft³"),
        (["cubic", "metres"], "m³"), (["cubic", "meters"], "m³"), (["light", "years"], "light year"),
    ];

    /// <summary>Units written after a number, mapped to a short canonical form.</summary>
    public static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = "%", ["percent"] = "%", ["pc"] = "%", ["pct"] = "%",
        ["km"] = "km", ["kilometres"] = "km", ["kilometers"] = "km", ["kilometre"] = "km", ["kilometer"] = "km",
        ["mile"] = "mile", ["miles"] = "mile", ["m"] = "m", ["″"] = "in", ["′"] = "ft", ["°"] = "degree", ["metres"] = "m", ["meters"] = "m", ["metre"] = "m", ["meter"] = "m",
        ["feet"] = "ft", ["foot"] = "ft", ["ft"] = "ft", ["yards"] = "yd", ["yard"] = "yd", ["inches"] = "in", ["inch"] = "in",
        ["cm"] = "cm", ["centimetres"] = "cm", ["centimeters"] = "cm", ["mm"] = "mm", ["millimetres"] = "mm", ["millimeters"] = "mm",
        ["millimetre"] = "mm", ["millimeter"] = "mm", ["nm"] = "nm", ["nanometres"] = "nm", ["nanometers"] = "nm", ["nanometre"] = "nm",
        ["nanometer"] = "nm", ["μm"] = "µm", ["µm"] = "µm", ["microns"] = "µm", ["micron"] = "µm", ["micrometres"] = "µm", ["micrometers"] = "µm",
        ["kg"] = "kg", ["kilograms"] = "kg", ["kilogram"] = "kg", ["kilos"] = "kg", ["grams"] = "g", ["gram"] = "g", ["mg"] = "mg",
        ["milligrams"] = "mg", ["tonnes"] = "t", ["tons"] = "t", ["tonne"] = "t", ["ton"] = "t", ["pounds"] = "lb", ["lb"] = "lb", ["lbs"] = "lb",
        ["ounces"] = "oz", ["oz"] = "oz",
        ["seconds"] = "second", ["second"] = "second", ["secs"] = "second", ["minute"] = "minute", ["minutes"] = "minute", ["min"] = "minute",
        ["mins"] = "minute", ["hour"] = "hour", ["hours"] = "hour", ["hr"] = "hour", ["hrs"] = "hour", ["day"] = "day", ["days"] = "day",
        ["week"] = "week", ["weeks"] = "week", ["month"] = "month", ["months"] = "month", ["year"] = "year", ["years"] = "year",
        ["decade"] = "decade", ["decades"] = "decade", ["centuries"] = "century",
        ["mph"] = "mph", ["knots"] = "knot", ["degrees"] = "degree", ["degree"] = "degree", ["°c"] = "°C", ["°f"] = "°F",
        ["celsius"] = "°C", ["fahrenheit"] = "°F", ["barrels"] = "barrel", ["barrel"] = "barrel",
        ["litres"] = "l", ["liters"] = "l", ["litre"] = "l", ["liter"] = "l", ["ml"] = "ml", ["millilitres"] = "ml", ["milliliters"] = "ml",
        ["gallons"] = "gallon", ["gallon"] = "gallon", ["acres"] = "acre", ["acre"] = "acre", ["hectares"] = "ha", ["hectare"] = "ha",
        ["m2"] = "m²", ["m²"] = "m²", ["km2"] = "km²", ["km²"] = "km²", ["sqft"] = "sq ft", ["m3"] = "m³",
        ["watts"] = "W", ["watt"] = "W", ["kw"] = "kW", ["kilowatts"] = "kW", ["kilowatt"] = "kW", ["mw"] = "MW", ["megawatts"] = "MW",
        ["gw"] = "GW", ["gigawatts"] = "GW", ["kwh"] = "kWh", ["mwh"] = "MWh", ["gwh"] = "GWh", ["twh"] = "TWh",
        ["hp"] = "hp", ["horsepower"] = "hp", ["bhp"] = "bhp", ["lb-ft"] = "lb-ft", ["pound-feet"] = "pound-ft",
        ["rpm"] = "rpm", ["mah"] = "mAh", ["volts"] = "V", ["volt"] = "V",
        ["gb"] = "GB", ["gigabytes"] = "GB", ["tb"] = "TB", ["terabytes"] = "TB", ["mb"] = "MB", ["megabytes"] = "MB",
        ["gbps"] = "Gbps", ["mbps"] = "Mbps", ["hz"] = "Hz", ["khz"] = "kHz", ["mhz"] = "MHz", ["ghz"] = "GHz",
        ["ppm"] = "ppm", ["ppb"] = "ppb", ["bps"] = "bp", ["points"] = "point", ["point"] = "point", ["pts"] = "point",
        ["times"] = "times", ["mpg"] = "mpg", ["calories"] = "kcal", ["kcal"] = "kcal", ["magnitude"] = "magnitude",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns ending in -ly, which a counted phrase may end with although most -ly words are adverbs ("one family").</summary>
    public static readonly FrozenSet<string> LyNouns = new[]
    {
        "family", "assembly", "supply", "rally", "ally", "anomaly", "monopoly", "belly", "bully", "lily", "jelly", "homily", "gully", "folly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>One-letter units that must keep their case after a number ("12 C", "5-10W", "45g"; "5G" is a network, "4.3M" a scale).</summary>
    public static readonly FrozenDictionary<string, string> CaseSensitiveUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["C"] = "°C", ["F"] = "°F", ["W"] = "W", ["g"] = "g", ["V"] = "V", ["PS"] = "hp", ["Nm"] = "Nm", ["NM"] = "Nm", ["p"] = "pence", ["x"] = "times",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a rate is per: "$2.11 per gallon", "$3,500 a month", "3,000 tests per day".</summary>
    public static readonly FrozenDictionary<string, string> PerUnits = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["barrel"] = "barrel", ["gallon"] = "gallon", ["litre"] = "litre", ["liter"] = "litre", ["gram"] = "gram", ["kilo"] = "kilogram",
        ["kg"] = "kilogram", ["kilogram"] = "kilogram", ["tonne"] = "tonne", ["ton"] = "ton", ["ounce"] = "ounce", ["pound"] = "pound",
        ["share"] = "share", ["head"] = "head", ["person"] = "person", ["capita"] = "capita", ["month"] = "month", ["year"] = "year",
        ["week"] = "week", ["day"] = "day", ["hour"] = "hour", ["night"] = "night", ["minute"] = "minute", ["annum"] = "year",
        ["mile"] = "mile", ["kilometre"] = "kilometre", ["km"] = "kilometre", ["mmbtu"] = "mmBTU", ["kwh"] = "kWh", ["seat"] = "seat",
        ["ticket"] = "ticket", ["game"] = "game", ["episode"] = "episode", ["user"] = "user", ["household"] = "household", ["century"] = "century",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Units that stand after a number joined by a hyphen and "old": "a 50-year-old man", "18 month-old daughter".</summary>
    public static readonly FrozenDictionary<string, string> AgeUnits = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["year-old"] = "years old", ["years-old"] = "years old", ["month-old"] = "months old", ["months-old"] = "months old",
        ["week-old"] = "weeks old", ["day-old"] = "days old",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hedge words and the bound they set: +1 a lower bound ("over 350"), -1 an upper bound ("nearly 500"), 0 approximate.</summary>
    public static readonly (string Phrase, int Bound)[] Hedges =
    [
        ("well over", 1), ("well above", 1), ("just above", 1), ("a little over", 1), ("north of", 1), ("upward of", 1), ("more than", 1), ("over", 1), ("at least", 1), ("upwards of", 1), ("in excess of", 1), ("above", 1), ("just over", 1),
        ("nearly", -1), ("almost", -1), ("up to", -1), ("as many as", -1), ("as much as", -1), ("less than", -1), ("fewer than", -1),
        ("under", -1), ("close to", -1), ("just under", -1), ("no more than", -1), ("at most", -1), ("below", -1), ("just below", -1), ("a little under", -1), ("well under", -1), ("well below", -1),
        ("about", 0), ("around", 0), ("approximately", 0), ("roughly", 0), ("some", 0), ("an estimated", 0), ("estimated", 0), ("circa", 0),
        ("almost exactly", 0), ("more or less", 0), ("~", 0), ("≈", 0), ("approx", 0), ("approx.", 0),
    ];

    /// <summary>Nouns that a number names rather than counts when it follows them: "category 4", "page 12", "Section 230".</summary>
    public static readonly FrozenSet<string> NamingNouns = new[]
    {
        "category", "level", "grade", "phase", "stage", "page", "pages", "section", "chapter", "article", "paragraph", "clause", "no",
        "no.", "nos", "number", "room", "flight", "route", "highway", "interstate", "platform", "gate", "channel", "version", "season",
        "episode", "round", "series", "model", "type", "class", "tier", "gen", "generation", "vol", "volume", "part", "exhibit",
        "amendment", "rule", "item", "district", "ward", "zone", "terminal", "bus", "apartment", "suite", "floor", "lot", "block",
        "box", "docket", "verse", "psalm", "pp", "p.", "week", "day", "game", "act", "title", "figure", "table", "step", "camp", "unit",
        "windows", "ios", "android", "iphone", "galaxy", "pixel", "xbox", "playstation", "ps", "covid", "sars", "code", "line", "hole",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that name what a count measures, mapped to one vocabulary (died/killed/death toll → dead).</summary>
    public static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["died"] = "dead", ["dead"] = "dead", ["killed"] = "dead", ["death"] = "dead", ["deaths"] = "dead", ["die"] = "dead",
        ["dies"] = "dead", ["fatalities"] = "dead", ["lives"] = "dead", ["perished"] = "dead", ["toll"] = "dead",
        ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured", ["injuries"] = "injured", ["hospitalised"] = "injured",
        ["hospitalized"] = "injured", ["treated"] = "injured",
        ["missing"] = "missing", ["unaccounted"] = "missing", ["displaced"] = "displaced", ["homeless"] = "displaced", ["fled"] = "fled", ["flee"] = "fled",
        ["refugees"] = "fled", ["arrested"] = "arrested", ["arrests"] = "arrested", ["detained"] = "detained", ["evacuated"] = "evacuated",
        ["infected"] = "infected", ["infections"] = "infected", ["cases"] = "infected", ["rescued"] = "rescued", ["captured"] = "captured",
        ["deported"] = "deported", ["kidnapped"] = "kidnapped", ["abducted"] = "kidnapped", ["sacked"] = "dismissed", ["fired"] = "dismissed",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What a count counts that no outcome befalls: games missed, shots fired, rounds, points, spells of time, and the
    /// attacks and disasters that cause an outcome rather than suffer it. An outcome word near them ("missing four
    /// games", "fired 11 shots", "two bombing attacks … killed") means something else there.
    /// </summary>
    public static readonly FrozenSet<string> NoOutcome = new[]
    {
        "games", "matches", "starts", "appearances", "seasons", "races", "innings", "shots", "rounds", "bullets", "shells",
        "missiles", "rockets", "points", "goals", "runs", "yards", "times", "minutes", "hours", "days", "nights", "weeks",
        "months", "years", "decades", "sessions", "meetings", "attacks", "bombings", "explosions", "blasts", "strikes",
        "airstrikes", "bombs", "storms", "earthquakes", "quakes", "fires", "crashes", "shootings", "shot", "doses",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"a mother of two", "father of three": the number after these counts children.</summary>
    public static readonly FrozenSet<string> Parents = new[]
    {
        "mother", "father", "mom", "mum", "dad", "parent", "parents", "grandmother", "grandfather", "grandparent", "grandparents",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that are not what it counts.</summary>
    public static readonly FrozenSet<string> NotObjects = new[]
    {
        "have", "has", "had", "were", "was", "are", "is", "be", "been", "more", "other", "of", "in", "to", "and", "or", "on", "at",
        "by", "for", "from", "with", "as", "the", "a", "an", "that", "who", "which", "than", "per", "said", "will", "would", "could",
        "injured", "dead", "killed", "wounded", "died", "missing", "people's", "times", "percent", "cent", "a.m.", "p.m.", "am", "pm",
        "this", "these", "those", "also", "out", "so", "far", "each", "apiece", "while", "but", "if", "when", "since", "after", "before",
        "last", "next", "during", "until", "into", "onto", "over", "under", "about", "against", "between", "through", "up", "down",
        "off", "ago", "later", "earlier", "now", "then", "there", "here", "can", "may", "might", "must", "should", "do", "did", "does",
        "not", "no", "all", "both", "only", "just", "even", "still", "yet", "its", "their", "his", "her", "our", "your", "my", "it",
        "they", "he", "she", "we", "you", "i", "them", "us", "him", "where", "what", "how", "why", "whose", "whom", "via", "per", "plus",
        "minus", "versus", "vs", "among", "within", "without", "across", "behind", "beyond", "toward", "towards", "despite", "like",
        "compared", "according", "including", "following", "ahead", "overall", "total", "apiece", "respectively", "alone", "each",
        "overnight", "today", "yesterday", "tonight", "nationwide", "worldwide", "statewide", "annually", "daily", "weekly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
