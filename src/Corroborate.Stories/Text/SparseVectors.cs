namespace Corroborate.Stories.Text;

/// <summary>Operations on sparse term vectors (term → weight) shared by clustering and summarising.</summary>
internal static class SparseVectors
{
    /// <summary>Cosine similarity of two vectors already scaled to unit length: their dot product.</summary>
    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double dot = 0;
        foreach (var (k, v) in a)
        {
            if (b.TryGetValue(k, out double w)) dot += v * w;
        }

        return dot;
    }
}
