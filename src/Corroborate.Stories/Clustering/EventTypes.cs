using System.Collections.Frozen;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Clustering;

/// <summary>
/// A small, general lexicon of news event kinds (a fire, a shooting, a death, an earthquake, a takeover...), so
/// that the topic level can tell "what kind of event is this" when two stories share no names: two different
/// fires, two different earthquakes. Written by hand from general news vocabulary (not from any evaluation set);
/// a word may cue several kinds ("shot" is a shooting and a killing), and each cue word counts once per document
/// (presence, not frequency) so that one long article cannot outweigh its kind with a single repeated word.
/// </summary>
public static class EventTypes
{
    private static readonly (string Kind, string Words)[] Lexicon =
    [
        ("death", "die died dies dying death obituary funeral mourn mourned mourners mourning tribute tributes condolences legend legendary icon memorial passed aged survived"),
        ("fire", "fire fires blaze blazes flames flame firefighter firefighters arson arsonist burn burned burning burnt smoke smoldering engulfed extinguished gutted destroyed"),
        ("shooting", "shoot shooting shootings shot shots gunman gunmen gunfire gun guns rifle pistol handgun bullet bullets opened wounded"),
        ("killing", "kill killed killing killings killer murder murdered murders homicide slaying slain stabbed stabbing manslaughter victim victims"),
        ("trial", "trial sentenced sentence sentencing jury judge convicted conviction verdict guilty plea pleaded court prosecutor prosecutors defendant acquitted parole testimony testified"),
        ("arrest", "arrest arrested arrests custody detained charged charges suspect suspects police manhunt captured caught"),
        ("escape", "escape escaped escapee fugitive inmate inmates prison prisoner prisoners jail breakout"),
        ("quake", "earthquake earthquakes quake quakes tremor tremors magnitude richter aftershock aftershocks epicenter seismic tsunami"),
        ("storm", "hurricane storm storms flood floods flooding tornado typhoon cyclone rainfall landslide landslides"),
        ("blast", "explosion explosions explode exploded bomb bombs bombing blast blasts explosive explosives detonated grenade molotov"),
        ("riot", "riot riots rioting rioters protest protests protesters demonstrators demonstration rally rallies clashes unrest looting"),
        ("theft", "robbery robberies robbed robber robbers heist thief thieves stolen stole steal theft burglar burglary jewels jewelry jewellery"),
        ("aircrash", "crash crashed plane planes aircraft airliner jet pilot pilots flight passengers runway"),
        ("roadcrash", "car cars driver drivers vehicle accident struck pedestrian truck collision drunk dui crash"),
        ("election", "election elections elected vote votes voters voting ballot ballots poll polls candidate candidates campaign parliament parliamentary presidential referendum turnout"),
        ("takeover", "acquire acquires acquired acquisition acquisitions merger merge takeover buy buys bought purchase deal bid shareholders stake"),
        ("product", "launch launched launches unveil unveiled unveils release released device devices smartphone phone iphone laptop processor processors chip chips version"),
        ("security", "vulnerability vulnerabilities patch patches flaw flaws exploit hacker hackers malware virus attack attackers"),
        ("signing", "sign signed signing contract contracts agent transfer trade traded season team club roster"),
        ("coach", "coach coaches coaching fired dismissed sacked hire hired appointed manager resign resigned replaced interim"),
        ("award", "award awards prize nominated nomination nominations oscar oscars winner winners ceremony host hosting academy honored"),
        ("casting", "cast casting role roles film movie director directed sequel actor actress series episode"),
        ("health", "rehab rehabilitation treatment addiction hospital hospitalized surgery illness cancer"),
        ("injury", "injury injuries injured torn ligament sidelined knee ankle hamstring"),
        ("match", "match game games win won victory defeat beat score scored goal championship final tournament fight bout knockout title"),
        ("sea", "pirate pirates piracy hijacked hijack ship ships vessel vessels navy hostage hostages crew tanker"),
        ("nature", "species endangered wildlife conservation habitat extinction"),
        ("war", "airstrike airstrikes troops soldiers militants rebels army military"),
        ("mountain", "climber climbers mountain avalanche summit expedition hiker hikers"),
        ("outage", "outage outages cable cables internet disruption"),
        ("jobs", "layoffs layoff jobs cut cuts workers employees earnings profit revenue"),
    ];

    /// <summary>The kinds, in lexicon order (the index of each in a vector from <see cref="Of"/>).</summary>
    public static IReadOnlyList<string> Kinds { get; } = Lexicon.Select(e => e.Kind).ToArray();

    // Cue words pass through the same lemmatiser as document terms, so "burned" in the lexicon meets "burned"
    // in a document whatever stem the lemmatiser makes of it.
    private static readonly FrozenDictionary<string, int[]> Cues = Lexicon
        .SelectMany((e, i) => e.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (Word: ContentWords.Lemma(w), Kind: i)))
        .GroupBy(x => x.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Kind).Distinct().Order().ToArray(), StringComparer.Ordinal);

    /// <summary>How many distinct cue words of each kind a document's lemmatised content words hold.</summary>
    public static double[] Of(IReadOnlyDictionary<string, int> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var v = new double[Lexicon.Length];
        foreach (var t in terms.Keys)
        {
            if (!Cues.TryGetValue(t, out var kinds)) continue;
            foreach (int k in kinds) v[k] += 1;
        }

        return v;
    }

    /// <summary>Cosine of two kind vectors (0 when either is empty).</summary>
    public static double Cosine(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
