using System.CommandLine;
using Corroborate.Evaluation;
using Corroborate.Analysis.Entities.Tagging;
using Corroborate.Evaluation.Ner;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate train ner</c>: rebuilds the shipped NER model reproducibly from CoNLL-2003.</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var conll = new Option<string?>("--conll") { Description = "Training file. Default: ../shared/data/ner/conll2003/eng.train.txt." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "src/Corroborate.Analysis/Entities/ner.model" };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => NerTraining.DefaultEpochs };
        var seeds = new Option<int>("--seeds") { Description = "Models trained on differently seeded shuffles, whose weights are averaged (the shipped model uses 3).", DefaultValueFactory = _ => NerTraining.ShippedSeeds };
        var evaluate = new Option<string?>("--eval") { Description = "Also score the written model on this CoNLL file (e.g. eng.valid.txt) without rebuilding." };
        var ner = new Command("ner", "Train the entity tagger (averaged perceptron) on CoNLL-2003.") { conll, output, epochs, seeds, evaluate };
        ner.SetAction(parse =>
        {
            var path = parse.GetValue(conll) ?? SharedData.Find("ner", "conll2003", "eng.train.txt");
            if (path is null || !File.Exists(path))
            {
                stderr.WriteLine("corroborate train ner: training data not found; pass --conll FILE.");
                return ExitCodes.Usage;
            }

            var model = NerTraining.Train(path, parse.GetValue(epochs), parse.GetValue(seeds), stderr.WriteLine);
            using (var file = File.Create(parse.GetValue(output)!)) model.Save(file);
            stdout.WriteLine($"wrote {parse.GetValue(output)}: {model.FeatureCount} features");
            if (parse.GetValue(evaluate) is { } evalPath)
            {
                var report = NerEvaluation.Run(evalPath, new NerTagger(NerTraining.RoundTrip(model)));
                foreach (var row in report.Rows) stdout.WriteLine($"  {row.Metric,-10} {row.Value:0.0000}");
            }

            return ExitCodes.Ok;
        });
        var corpus = new Option<string[]>("--corpus") { Description = "Unlabelled news: JSON Lines (text or documents[]), folders of .txt, CoNLL files. Default: WordClusters.DefaultSources under ../shared/data.", AllowMultipleArgumentsPerToken = true };
        var classesOut = new Option<string>("--out") { Description = "Where to write the word classes.", DefaultValueFactory = _ => "src/Corroborate.Analysis/Entities/Lexicons/wordclasses.txt" };
        var clusters = new Command("clusters", "Build the distributional word classes the entity tagger uses, from unlabelled news.") { corpus, classesOut };
        clusters.SetAction(parse =>
        {
            var given = parse.GetValue(corpus) ?? [];
            var paths = given.Length > 0 ? given : [.. WordClusters.DefaultSources.Select(p => SharedData.Find(p) ?? "")];
            if (paths.Any(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                stderr.WriteLine("corroborate train clusters: corpus not found; pass --corpus FILE...");
                return ExitCodes.Usage;
            }

            int words = WordClusters.Build(paths, parse.GetValue(classesOut)!, stderr.WriteLine);
            stdout.WriteLine($"wrote {parse.GetValue(classesOut)}: {words} words, tree depth {WordClusters.Depth}");
            return ExitCodes.Ok;
        });
        return new Command("train", "Train the statistical models that ship with Corroborate (run clusters before ner).") { ner, clusters };
    }
}
