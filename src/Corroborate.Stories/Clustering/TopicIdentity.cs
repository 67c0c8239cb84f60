using Corroborate.Stories.Text;

namespace Corroborate.Stories.Clustering;

/// <summary>
/// The names that define a topic, for <see cref="TopicMerger"/>'s average link. Two reports of one kind of event are
/// a topic either through their kind alone (two prison escapes, two pin-up models dying) or through the names they
/// share as well (the same supermarket chain burning twice, the same boxer defending his title twice). In the second
/// case the names are what the topic is about, so a third story of the kind that names none of them (a church fire
/// elsewhere) is another topic, however alike its words. A topic is one of names when its stories that lie more than
/// <c>yearTolerance</c> years apart (different events, not one event the stream split) have a mean name cosine of at
/// least <c>cohesion</c>; it then takes in another group only when the mean name cosine over their story pairs
/// reaches <c>share</c> of its own.
/// </summary>
internal sealed class TopicIdentity(Dictionary<string, double>[] names, int?[] years, double share, double cohesion, int yearTolerance)
{
    // Per group (by its representative story): the sum and count of name cosines over its story pairs years apart.
    private readonly double[] _sum = new double[names.Length];
    private readonly int[] _count = new int[names.Length];

    /// <summary>
    /// Whether group <paramref name="keep"/> may take in group <paramref name="gone"/>; when it may, the joined
    /// group's names are recorded under <paramref name="keep"/>.
    /// </summary>
    public bool TryJoin(int keep, IReadOnlyList<int> keepStories, int gone, IReadOnlyList<int> goneStories)
    {
        double cross = 0, apartSum = 0;
        int apart = 0;
        foreach (int a in keepStories)
        {
            foreach (int b in goneStories)
            {
                double c = SparseVectors.Cosine(names[a], names[b]);
                cross += c;
                if (years[a] is int ya && years[b] is int yb && Math.Abs(ya - yb) > yearTolerance)
                {
                    apartSum += c;
                    apart++;
                }
            }
        }

        cross /= (double)keepStories.Count * goneStories.Count;
        if (Refuses(keep, cross) || Refuses(gone, cross)) return false;
        _sum[keep] += _sum[gone] + apartSum;
        _count[keep] += _count[gone] + apart;
        return true;
    }

    private bool Refuses(int group, double cross)
    {
        if (_count[group] == 0) return false;
        double own = _sum[group] / _count[group];
        return own >= cohesion && cross < share * own;
    }
}
