namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>The BIO tag set of CoNLL-2003: O, then B-/I- for PER, ORG, LOC, MISC.</summary>
public static class NerTags
{
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public const int Count = 9;
    public const int Outside = 0;

    public static int Parse(string tag)
    {
        // Accept IOB1 input too: an I- tag is read as given; the decoder repairs illegal starts.
        int i = Array.IndexOf(Names, tag);
        return i < 0 ? Outside : i;
    }

    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;

    /// <summary>0 for PER … 3 for MISC; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / 2;

    public static int Begin(int type) => type * 2 + 1;

    public static int Inside(int type) => type * 2 + 2;
}
