using System.Globalization;
using BenchmarkDotNet.Running;
using Corroborate.Bench;

// Harness commands (real data at volume):
//   corpus [FILE]                      whole-corpus throughput of the pipeline, stage by stage
//   ner [FILE] [--rounds N] [--beam N] entity-stage throughput (tagger alone and whole stage), best of N rounds
//   story-tune ECB [NEWSWCL]           clustering thresholds against ECB+ / NewsWCL50
//   story-dump ecb|newswcl FILE OUT   clustering features as JSON Lines, for offline study
//   story-scale BBC [SIZES]            story clustering and near-duplicates at 10k/30k/100k documents
//   story-summary MULTINEWS [EVERY] [OFFSET]   summary ROUGE on a subsample
//   store-ingest BBC [N] [BATCH]      in-process ingest cost: pipeline, store, story composition
//   store-compare BBC CONNSTRING [N] [BATCH]   Newsroom.Ingest on SQLite vs PostgreSQL (one and two newsrooms)
//   serve-load BASEURL BBC [N] [BATCH] [CLIENTS] [GETS] [GET_CLIENTS] [FIRST]   API ingest rate and GET-story latency
//   article-body DIR                   token F1 of extracted bodies (article-extraction-benchmark layout)
// Anything else goes to BenchmarkDotNet: `-- --filter '*'` runs every micro-benchmark.
switch (args.FirstOrDefault())
{
    case "corpus":
        return CorpusHarness.Run(args[1..]);
    case "ner":
        return NerHarness.Run(args[1..]);
    case "story-tune" when args.Length >= 2:
        StoryTuning.Run(args[1], args.Length > 2 ? args[2] : null);
        return 0;
    case "story-dump" when args.Length >= 4:
        StoryDump.Run(args[1], args[2], args[3]);
        return 0;
    case "story-scale" when args.Length >= 2:
        var sizes = args.Length > 2 ? args[2].Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray() : [10_000, 30_000, 100_000];
        StoryScale.Run(args[1], sizes);
        return 0;
    case "store-ingest" when args.Length >= 2:
        return StoreIngest.Run(args[1..]);
    case "store-compare" when args.Length >= 3:
        return StoreCompare.Run(args[1..]);
    case "serve-load":
        return ServeLoad.Run(args[1..]);
    case "story-summary" when args.Length >= 2:
        int every = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        int offset = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
        Console.WriteLine(Corroborate.Evaluation.Summary.SummaryEvaluation.Run(args[1], every: every, offset: offset));
        return 0;
    case "article-body" when args.Length >= 2:
        Console.WriteLine(Corroborate.Evaluation.Extraction.ArticleBodyEvaluation.Run(args[1]));
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(CorpusHarness).Assembly).Run(args);
        return 0;
}
