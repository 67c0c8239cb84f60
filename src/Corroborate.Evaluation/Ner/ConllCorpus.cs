using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Evaluation.Ner;

/// <summary>Reads CoNLL-2003 files ("word POS chunk tag" per line), split into documents at -DOCSTART-.</summary>
public static class ConllCorpus
{
    public sealed record Sentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

    public static IReadOnlyList<IReadOnlyList<Sentence>> Read(string path)
    {
        var documents = new List<IReadOnlyList<Sentence>>();
        var current = new List<Sentence>();
        var words = new List<string>();
        var tags = new List<string>();

        void EndSentence()
        {
            if (words.Count == 0) return;
            current.Add(new Sentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                if (current.Count > 0) documents.Add(current);
                current = [];
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var parts = line.Split(' ');
            words.Add(parts[0]);
            tags.Add(ToIob2(parts[^1], tags.Count > 0 ? tags[^1] : "O"));
        }

        EndSentence();
        if (current.Count > 0) documents.Add(current);
        return documents;
    }

    /// <summary>IOB1 files start entities with I-; convert so every entity starts with B-.</summary>
    private static string ToIob2(string tag, string previous)
    {
        if (!tag.StartsWith("I-", StringComparison.Ordinal)) return tag;
        string type = tag[2..];
        return previous.EndsWith(type, StringComparison.Ordinal) && previous != "O" ? tag : "B-" + type;
    }

    public static PerceptronTrainer.TrainingDocument ToTraining(IReadOnlyList<Sentence> document) =>
        new([.. document.Select(s => ((IReadOnlyList<string>)s.Words, (IReadOnlyList<int>)NerTags.FromBio(s.Tags)))]);
}
