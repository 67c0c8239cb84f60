namespace Corroborate.Stories.Dedup;

/// <summary>
/// How many bands of how many rows a MinHash signature is cut into, chosen from a Jaccard threshold the way
/// datasketch does: two documents of Jaccard s share at least one band with probability P(s) = 1 − (1 − s^r)^b
/// (the S-curve). We pick the (b, r) with b·r ≤ the signature size that minimises the weighted area of false
/// positives (P above 0 below the threshold) and false negatives (1 − P above it). Missing a true copy costs
/// more than an extra exact-Jaccard check, so false negatives weigh 0.9 against 0.1.
/// </summary>
public sealed record MinHashParameters(int Bands, int Rows, double Threshold)
{
    public int Hashes => Bands * Rows;

    public static MinHashParameters For(double threshold, int maxHashes = 128, double falseNegativeWeight = 0.9)
    {
        if (threshold is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(threshold));
        MinHashParameters? best = null;
        double bestError = double.MaxValue;
        for (int b = 1; b <= maxHashes; b++)
        {
            for (int r = 1; b * r <= maxHashes; r++)
            {
                double fp = Integrate(s => Probability(s, b, r), 0, threshold);
                double fn = Integrate(s => 1 - Probability(s, b, r), threshold, 1);
                double error = (1 - falseNegativeWeight) * fp + falseNegativeWeight * fn;
                if (error < bestError - 1e-12)
                {
                    bestError = error;
                    best = new MinHashParameters(b, r, threshold);
                }
            }
        }

        return best!;
    }

    /// <summary>The S-curve: chance that documents of Jaccard <paramref name="s"/> collide in some band.</summary>
    public static double Probability(double s, int bands, int rows) => 1 - Math.Pow(1 - Math.Pow(s, rows), bands);

    private static double Integrate(Func<double, double> f, double a, double b)
    {
        const int Steps = 64;
        double h = (b - a) / Steps, sum = 0;
        for (int i = 0; i < Steps; i++) sum += f(a + (i + 0.5) * h) * h;
        return sum;
    }
}
