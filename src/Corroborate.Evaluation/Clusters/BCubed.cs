namespace Corroborate.Evaluation.Clusters;

/// <summary>B-cubed precision, recall and F1 (Bagga &amp; Baldwin 1998): per item, averaged over items.</summary>
public static class BCubed
{
    public static (double P, double R, double F1) Score<TL>(IReadOnlyList<int> predicted, IReadOnlyList<TL> gold)
        where TL : notnull
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        int n = predicted.Count;
        if (n == 0) return (0, 0, 0);
        var pairCount = new Dictionary<(int, TL), int>();
        var predCount = new Dictionary<int, int>();
        var goldCount = new Dictionary<TL, int>();
        for (int i = 0; i < n; i++)
        {
            pairCount[(predicted[i], gold[i])] = pairCount.GetValueOrDefault((predicted[i], gold[i])) + 1;
            predCount[predicted[i]] = predCount.GetValueOrDefault(predicted[i]) + 1;
            goldCount[gold[i]] = goldCount.GetValueOrDefault(gold[i]) + 1;
        }

        double p = 0, r = 0;
        for (int i = 0; i < n; i++)
        {
            double both = pairCount[(predicted[i], gold[i])];
            p += both / predCount[predicted[i]];
            r += both / goldCount[gold[i]];
        }

        p /= n;
        r /= n;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
