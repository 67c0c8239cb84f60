namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// The tagger's BILOU tag set over the CoNLL-2003 types: O, then B-/I-/L-/U- (begin, inside, last, unit) for PER,
/// ORG, LOC, MISC. BILOU rather than BIO because the tagger then learns name ends and one-word names as their own
/// classes (Ratinov &amp; Roth 2009); CoNLL files (IOB1/IOB2) are converted on reading with <see cref="FromBio"/>.
/// </summary>
public static class NerTags
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public const int Count = 17;
    public const int Outside = 0;

    private const int Begin_ = 0, Inside_ = 1, Last_ = 2, Unit_ = 3;

    public static string Name(int tag) => tag == Outside ? "O" : "BILU"[(tag - 1) % 4] + "-" + Types[TypeOf(tag)];

    /// <summary>0 for PER … 3 for MISC; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 4;

    private static int Position(int tag) => (tag - 1) % 4;

    private static int Make(int type, int position) => 1 + type * 4 + position;

    /// <summary>A tag that opens a name: B- or U-.</summary>
    public static bool StartsName(int tag) => tag != Outside && Position(tag) is Begin_ or Unit_;

    /// <summary>A tag that closes a name: L- or U-.</summary>
    public static bool EndsName(int tag) => tag != Outside && Position(tag) is Last_ or Unit_;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1 at sentence start).</summary>
    public static bool Allowed(int previous, int tag)
    {
        bool open = previous > 0 && !EndsName(previous);
        if (!open) return tag == Outside || StartsName(tag);
        return tag != Outside && !StartsName(tag) && TypeOf(tag) == TypeOf(previous);
    }

    /// <summary>
    /// <see cref="Allowed"/> for every (previous + 1, tag), row by row: greedy training asks it for every token and tag,
    /// and the rule's divisions showed in profiles (ner3 2026-11-23).
    /// </summary>
    internal static readonly bool[] AllowedAfter = BuildAllowed();

    /// <summary>
    /// For every previous + 1, the tags allowed after it, as [start, end) into <see cref="Successors"/>; rows
    /// <see cref="Count"/> + 1 and on list the ones that may also end a sentence (O, L-, U-: no name left open).
    /// Beam search walks these lists instead of testing all tags (2 follow an open name, 9 anything else).
    /// </summary>
    internal static readonly int[] SuccessorStart;

    /// <inheritdoc cref="SuccessorStart"/>
    internal static readonly int[] Successors = BuildSuccessors(out SuccessorStart);

    private static int[] BuildSuccessors(out int[] start)
    {
        var list = new List<int>();
        start = new int[2 * (Count + 1) + 1];
        for (int row = 0; row < 2 * (Count + 1); row++)
        {
            start[row] = list.Count;
            int prev = row % (Count + 1) - 1;
            bool closing = row > Count;
            for (int t = 0; t < Count; t++)
            {
                if (Allowed(prev, t) && (!closing || t == Outside || EndsName(t))) list.Add(t);
            }
        }

        start[^1] = list.Count;
        return [.. list];
    }

    private static bool[] BuildAllowed()
    {
        var table = new bool[(Count + 1) * Count];
        for (int prev = -1; prev < Count; prev++)
        {
            for (int t = 0; t < Count; t++) table[(prev + 1) * Count + t] = Allowed(prev, t);
        }

        return table;
    }

    /// <summary>Converts one sentence of IOB1 or IOB2 tags ("B-PER", "I-PER", "O") to BILOU tag ids.</summary>
    public static int[] FromBio(IReadOnlyList<string> tags)
    {
        var types = new int[tags.Count];
        var starts = new bool[tags.Count];
        for (int i = 0; i < tags.Count; i++)
        {
            string t = tags[i];
            types[i] = t.Length > 2 && t[1] == '-' ? Array.IndexOf(Types, t[2..]) : -1;
            // IOB1 starts a name with I- unless it directly follows one of the same type.
            starts[i] = types[i] >= 0 && (t[0] == 'B' || i == 0 || types[i - 1] != types[i]);
        }

        var result = new int[tags.Count];
        for (int i = 0; i < tags.Count; i++)
        {
            if (types[i] < 0) continue;
            bool continues = i + 1 < tags.Count && types[i + 1] == types[i] && !starts[i + 1];
            result[i] = Make(types[i], starts[i] ? (continues ? Begin_ : Unit_) : (continues ? Inside_ : Last_));
        }

        return result;
    }

    /// <summary>Names as half-open token ranges with their type; tolerant of illegal sequences (each start opens a new name).</summary>
    public static List<(int Start, int End, int Type)> Chunks(ReadOnlySpan<int> tags)
    {
        var chunks = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : Outside;
            bool continues = start >= 0 && tag != Outside && !StartsName(tag) && TypeOf(tag) == type;
            if (start >= 0 && !continues)
            {
                chunks.Add((start, i, type));
                start = -1;
            }

            if (tag != Outside && !continues)
            {
                start = i;
                type = TypeOf(tag);
            }

            if (start >= 0 && EndsName(tag))
            {
                chunks.Add((start, i + 1, type));
                start = -1;
            }
        }

        return chunks;
    }
}
