using System.Globalization;
using Corroborate.Evaluation.Clusters;
using Corroborate.Stories.Clustering;

namespace Corroborate.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Corroborate.Bench -- story-tune ECB_FILE [NEWSWCL_FILE]`: sweeps the
/// clusterer's threshold on odd ECB+ topics and reports the chosen settings on even topics (held out) and on
/// NewsWCL50, so the defaults are not fitted to the whole dev file.
/// </summary>
internal static class StoryTuning
{
    public static void Run(string ecb, string? newswcl)
    {
        var docs = ClusterEvaluation.ReadEcb(ecb);
        var features = ClusterEvaluation.Features(docs);
        var tune = Enumerable.Range(0, docs.Count).Where(i => int.Parse(docs[i].Topic, CultureInfo.InvariantCulture) % 2 == 1).ToList();
        var held = Enumerable.Range(0, docs.Count).Where(i => int.Parse(docs[i].Topic, CultureInfo.InvariantCulture) % 2 == 0).ToList();
        if (newswcl is not null)
        {
            Console.WriteLine(ClusterEvaluation.Run("NewsWCL50", newswcl, ClusterEvaluation.ReadNewsWcl(newswcl)));
        }

        Console.WriteLine(ClusterEvaluation.Score("ECB+ all", ecb, docs, features, new StoryClusterOptions()));
        if (Environment.GetEnvironmentVariable("STORY_TUNE") is null) return;
        foreach (var th in new[] { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 })
        {
            foreach (var top in new[] { 40, 100 })
            {
                var ev = StreamingClusterer.Cluster(features, new StoryClusterOptions());
                var topic = TopicMerger.Merge(features, ev, th, top);
                var a = ev.Select(x => topic[x.Story]).ToList();
                var (p, r, f) = BCubed.Score(a, docs.Select(d => d.Topic).ToList());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"topics th={th} top={top}: P {p:0.000} R {r:0.000} F {f:0.000}"));
            }
        }

        foreach (var cw in new[] { 0.5, 0.6, 0.7, 0.8, 1.0 })
        {
            foreach (var th in new[] { 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35 })
            {
                var o = new StoryClusterOptions { ContentWeight = cw, EntityWeight = 1 - cw, JoinThreshold = th };
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cw={cw:0.00} th={th:0.00}  tune ev {F(docs, features, tune, o, true):0.000} top {F(docs, features, tune, o, false):0.000}   held ev {F(docs, features, held, o, true):0.000} top {F(docs, features, held, o, false):0.000}"));
            }
        }

    }

    private static double F(IReadOnlyList<LabelledDocument> docs, IReadOnlyList<DocumentFeatures> features, List<int> subset, StoryClusterOptions o, bool events)
    {
        var a = StreamingClusterer.Cluster(subset.Select(i => features[i]).ToList(), o).Select(x => x.Story).ToList();
        return events
            ? BCubed.Score(a, subset.Select(i => docs[i].Event).ToList()).F1
            : BCubed.Score(a, subset.Select(i => docs[i].Topic).ToList()).F1;
    }
}
