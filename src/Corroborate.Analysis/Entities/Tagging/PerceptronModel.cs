using System.IO.Compression;
using System.Runtime.Intrinsics;

namespace Corroborate.Analysis.Entities.Tagging;

/// <summary>
/// Weights of an averaged perceptron over hashed features: feature hash → one weight per tag.
/// Stored compactly (gzip of hash + one half-precision weight per tag) so the model ships inside the assembly.
/// </summary>
public sealed class PerceptronModel
{
    private const int Magic = 0x4E455232; // "NER2": BILOU tags
    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights;

    // Open addressing over the feature hashes (already well mixed): a lookup is a mask and usually one probe,
    // several times cheaper than Dictionary<ulong, int>, and the tagger does ~50 per token per pass. Key and row
    // share one 16-byte slot so a lookup touches one cache line before the weights (the model is several MB, so
    // scoring is bound by cache misses: 42% of the entity stage in a perf profile, ner3 2026-11-23).
    private readonly Entry[] _entries;
    private readonly int _mask;

    private struct Entry
    {
        public ulong Key;
        public int Row; // row + 1; 0 marks an empty slot
    }

    internal PerceptronModel(Dictionary<ulong, int> index, float[] weights, IReadOnlyDictionary<string, string> info)
    {
        _index = index;
        _weights = weights;
        Info = info;
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2));
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in index)
        {
            int slot = Slot(key);
            while (_entries[slot].Row != 0) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry { Key = key, Row = row + 1 };
        }
    }

    private int Slot(ulong key) => (int)((key ^ (key >> 29)) & (ulong)_mask);

    /// <summary>Provenance recorded at training time: data, terms, command, epochs.</summary>
    public IReadOnlyDictionary<string, string> Info { get; }

    public int FeatureCount => _index.Count;

    /// <summary>Adds each feature's weights to <paramref name="scores"/> (length <see cref="NerTags.Count"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Two phases: first find every feature's row, then add the rows. The rows' loads no longer wait behind the
        // probe loop's branches, so their cache misses overlap. Each tag still sums its weights in feature order,
        // so scores are bit-identical to a plain loop.
        Span<int> rows = stackalloc int[features.Length];
        int found = 0;
        var entries = _entries;
        foreach (var f in features)
        {
            int slot = Slot(f);
            while (true)
            {
                ref readonly var e = ref entries[slot];
                if (e.Row == 0) break;
                if (e.Key == f)
                {
                    rows[found++] = (e.Row - 1) * NerTags.Count;
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        var target = scores[..NerTags.Count];
        var weights = _weights.AsSpan();
        if (Vector256.IsHardwareAccelerated && NerTags.Count == 17)
        {
            var low = Vector256.Create<float>(target);
            var high = Vector256.Create<float>(target[8..]);
            float last = target[16];
            foreach (int r in rows[..found])
            {
                var w = weights.Slice(r, NerTags.Count);
                low += Vector256.Create<float>(w);
                high += Vector256.Create<float>(w[8..]);
                last += w[16];
            }

            low.CopyTo(target);
            high.CopyTo(target[8..]);
            target[16] = last;
            return;
        }

        foreach (int r in rows[..found])
        {
            var w = weights.Slice(r, NerTags.Count);
            for (int t = 0; t < target.Length; t++) target[t] += w[t];
        }
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(Info.Count);
        foreach (var (k, v) in Info.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }

        w.Write(_index.Count);
        foreach (var (hash, row) in _index.OrderBy(p => p.Key))
        {
            w.Write(hash);
            for (int t = 0; t < NerTags.Count; t++) w.Write((Half)_weights[row * NerTags.Count + t]);
        }
    }

    public static PerceptronModel Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
        if (r.ReadInt32() != Magic) throw new InvalidDataException("Not a Corroborate NER model.");
        int infoCount = r.ReadInt32();
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < infoCount; i++) info[r.ReadString()] = r.ReadString();
        int n = r.ReadInt32();
        var index = new Dictionary<ulong, int>(n);
        var weights = new float[n * NerTags.Count];
        for (int i = 0; i < n; i++)
        {
            index[r.ReadUInt64()] = i;
            for (int t = 0; t < NerTags.Count; t++) weights[i * NerTags.Count + t] = (float)r.ReadHalf();
        }

        return new PerceptronModel(index, weights, info);
    }
}
