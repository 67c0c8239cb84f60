using System.Collections.Frozen;

namespace Corroborate.Evaluation.Quantities;

/// <summary>
/// Our short unit codes in the unit names CQE's normaliser writes into NewsQuant's <c>normalized_unit</c>
/// ("%" → "percentage", "USD" → "dollar"), so value+unit is judged on meaning, not on spelling.
/// </summary>
internal static class NewsQuantUnits
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["%"] = "percentage", ["percentage point"] = "percentage point", ["bp"] = "basis point", ["point"] = "point", ["times"] = "count",
        ["USD"] = "dollar", ["GBP"] = "pound sterling", ["EUR"] = "euro", ["JPY"] = "japanese yen", ["INR"] = "indian rupee",
        ["RUB"] = "russian ruble", ["UAH"] = "ukrainian hryvnia", ["CNY"] = "chinese yuan", ["AUD"] = "australian dollar",
        ["CAD"] = "canadian dollar", ["HKD"] = "hong kong dollar", ["NZD"] = "new zealand dollar", ["SGD"] = "singapore dollar",
        ["TWD"] = "new taiwan dollar", ["ILS"] = "shekel", ["MYR"] = "malaysian ringgit", ["sen"] = "sen", ["cent"] = "cent",
        ["pence"] = "point", // CQE names the "p" of share prices ("118.5p") "point" ["CHF"] = "swiss franc", ["ZAR"] = "south african rand", ["KRW"] = "south korean won",
        ["NGN"] = "nigerian naira", ["MXN"] = "mexican peso", ["BRL"] = "brazilian real", ["TRY"] = "turkish lira",
        ["DKK"] = "danish krone", ["SEK"] = "swedish krona", ["NOK"] = "norwegian krone", ["PHP"] = "philippine peso",
        ["PKR"] = "pakistani rupee", ["BTC"] = "bitcoin",
        ["km"] = "kilometre", ["m"] = "metre", ["cm"] = "centimetre", ["mm"] = "millimetre", ["nm"] = "nanometre", ["µm"] = "micrometre",
        ["mile"] = "mile", ["ft"] = "foot", ["yd"] = "yard", ["in"] = "inch", ["light year"] = "light-year",
        ["kg"] = "kilogram", ["g"] = "gram", ["mg"] = "milligram", ["t"] = "tonne", ["lb"] = "pound-mass", ["oz"] = "ounce",
        ["second"] = "second", ["minute"] = "minute", ["hour"] = "hour", ["day"] = "day", ["week"] = "week", ["month"] = "month",
        ["year"] = "year", ["decade"] = "decade", ["century"] = "century", ["years old"] = "year of age", ["months old"] = "month of age",
        ["weeks old"] = "week of age", ["days old"] = "day of age",
        ["mph"] = "mile per hour", ["km/h"] = "kilometre per hour", ["m/s"] = "metre per second", ["knot"] = "knot", ["mpg"] = "mile per gallon",
        ["degree"] = "degree", ["°C"] = "celsius", ["°F"] = "fahrenheit",
        ["l"] = "litre", ["ml"] = "millilitre", ["gallon"] = "gallon", ["barrel"] = "barrel", ["ft³"] = "cubic foot", ["m³"] = "cubic metre",
        ["acre"] = "acre", ["ha"] = "hectare", ["sq mi"] = "square mile", ["sq ft"] = "square foot", ["m²"] = "square metre", ["km²"] = "square kilometre",
        ["W"] = "watt", ["kW"] = "kilowatt", ["MW"] = "megawatt", ["GW"] = "gigawatt", ["kWh"] = "kilowatt hour", ["MWh"] = "megawatt hour",
        ["GWh"] = "gigawatt hour", ["TWh"] = "terawatt hour", ["hp"] = "horsepower", ["bhp"] = "brake horsepower", ["Nm"] = "newton metre",
        ["lb-ft"] = "foot pound-force", ["pound-ft"] = "pound-foot", ["rpm"] = "revolutions per minute", ["mAh"] = "milliampere-hour", ["V"] = "volt",
        ["GB"] = "gigabyte", ["TB"] = "terabyte", ["MB"] = "megabyte", ["Gbps"] = "gigabit per second", ["Mbps"] = "megabit per second",
        ["Hz"] = "hertz", ["kHz"] = "kilohertz", ["MHz"] = "megahertz", ["GHz"] = "gigahertz", ["ppm"] = "parts-per-million",
        ["ppb"] = "parts-per-billion", ["kcal"] = "calorie",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a rate is per, in CQE's names: "USD per mmBTU" → "dollar per mega british thermal unit".</summary>
    private static readonly FrozenDictionary<string, string> PerNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mmBTU"] = "mega british thermal unit", ["kWh"] = "kilowatt hour",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>CQE's name for our unit; for a count, the counted noun in the singular; "-" when there is neither.</summary>
    public static string Normalise(string? unit, string? counted) =>
        unit is not null && unit.IndexOf(" per ", StringComparison.Ordinal) is int per and > 0
            ? Normalise(unit[..per], null) + " per " + PerNames.GetValueOrDefault(unit[(per + 5)..], unit[(per + 5)..])
        : unit is not null ? Names.GetValueOrDefault(unit, unit.ToLowerInvariant())
        : counted is not null ? Singular(counted.ToLowerInvariant())
        : "-";

    /// <summary>Equal names; for a counted noun, gold's head noun ("first-team player" → "player") must equal ours.</summary>
    public static bool Agree(string gold, string ours, bool counted)
    {
        if (gold == ours) return true;
        if (!counted || ours == "-") return false;
        int space = gold.LastIndexOf(' ');
        return Singular(space < 0 ? gold : gold[(space + 1)..]) == ours;
    }

    private static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 4 ? noun[..^3] + "y"
        : noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("shes", StringComparison.Ordinal) || noun.EndsWith("xes", StringComparison.Ordinal) || noun.EndsWith("ches", StringComparison.Ordinal) ? noun[..^2]
        : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && noun.Length > 3 ? noun[..^1]
        : noun.EndsWith("men", StringComparison.Ordinal) ? noun[..^3] + "man"
        : noun switch { "children" => "child", "people" => "people", _ => noun };
}
