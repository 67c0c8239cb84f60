using System.Text.Json;
using Corroborate.Evaluation.Clusters;
using Corroborate.Stories.Clustering;

namespace Corroborate.Bench;

/// <summary>
/// `story-dump ECB|NEWSWCL FILE OUT`: writes each document's clustering features (content-word, name and people
/// counts, event-kind cues, latest written year), the story the default clusterer gives it, and its gold event
/// and topic as JSON Lines, so clustering variants can be studied offline without rerunning the per-document
/// pipeline. The output holds word counts of third-party text: keep it outside the repository.
/// </summary>
internal static class StoryDump
{
    public static void Run(string kind, string path, string output)
    {
        var docs = string.Equals(kind, "ecb", StringComparison.OrdinalIgnoreCase) ? ClusterEvaluation.ReadEcb(path) : ClusterEvaluation.ReadNewsWcl(path);
        var features = ClusterEvaluation.Features(docs);
        var stories = StreamingClusterer.Cluster(features, new StoryClusterOptions(), null, default);
        using var w = new StreamWriter(output);
        for (int i = 0; i < docs.Count; i++)
        {
            w.WriteLine(JsonSerializer.Serialize(new
            {
                id = docs[i].Id,
                @event = docs[i].Event,
                topic = docs[i].Topic,
                published = features[i].Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                terms = features[i].Terms,
                names = features[i].Names,
                people = features[i].People,
                kinds = EventTypes.Of(features[i].Terms),
                year = features[i].LatestYear,
                story = stories[i].Story,
            }));
        }
    }
}
