using System.IO.Compression;
using System.Runtime.CompilerServices;
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

    // The weights as written to disk (half precision), kept for Save.
    private readonly Half[] _saved;

    // Scoring reads weights as 16-bit fixed point (_scale per unit) and sums them in integers: half the bytes of
    // float rows, and exact sums. The model is several MB and the tagger looks up ~50 features per token, so
    // scoring is bound by cache misses (42% of the entity stage in a perf profile, ner3 2026-11-23).
    private readonly short[] _fixed;
    private readonly float _scale;

    // Open addressing over the feature hashes (already well mixed): a lookup is a mask and usually one probe.
    // A slot packs the key's top 32 bits with its row + 1 (0 = empty) in 8 bytes, so the table is 2 MB at 100k
    // features; the slot position carries the key's low bits. Two model features would have to share those 32 bits
    // and collide in probing to be confused (odds about 1e-5 per model).
    private readonly ulong[] _slots;
    private readonly int _mask;

    internal PerceptronModel(Dictionary<ulong, int> index, float[] weights, IReadOnlyDictionary<string, string> info)
    {
        _index = index;
        Info = info;
        _saved = new Half[weights.Length];
        float max = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            _saved[i] = (Half)weights[i];
            max = Math.Max(max, Math.Abs((float)_saved[i]));
        }

        _scale = max > 0 ? max / short.MaxValue : 1f;
        _fixed = new short[weights.Length + 16]; // padding: a row is read as 16 + 1 values
        for (int i = 0; i < weights.Length; i++) _fixed[i] = (short)Math.Round((float)_saved[i] / _scale);
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2));
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (var (key, row) in index)
        {
            int slot = Slot(key);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (key & 0xFFFFFFFF_00000000UL) | (uint)(row + 1);
        }
    }

    private int Slot(ulong key) => (int)((key ^ (key >> 29)) & (ulong)_mask);

    /// <summary>Provenance recorded at training time: data, terms, command, epochs.</summary>
    public IReadOnlyDictionary<string, string> Info { get; }

    public int FeatureCount => _index.Count;

    /// <summary>
    /// The mean absolute weight: the unit of the model's scores, which grows with training (a structured perceptron's
    /// weights are sums of whole-sentence updates), so score margins are stated in it.
    /// </summary>
    public float MeanAbsoluteWeight
    {
        get
        {
            double sum = 0;
            foreach (var w in _saved) sum += Math.Abs((float)w);
            return _saved.Length == 0 ? 1f : (float)(sum / _saved.Length);
        }
    }

    /// <summary>Adds each feature's weights to <paramref name="scores"/> (length <see cref="NerTags.Count"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // Two phases: first find every feature's row, then add the rows. The rows' loads no longer wait behind the
        // probe loop's branches, so their cache misses overlap.
        Span<int> rows = stackalloc int[features.Length];
        int found = 0;
        var slots = _slots;
        foreach (var f in features)
        {
            int slot = Slot(f);
            ulong top = f & 0xFFFFFFFF_00000000UL;
            while (true)
            {
                ulong e = slots[slot];
                if (e == 0) break;
                if ((e & 0xFFFFFFFF_00000000UL) == top)
                {
                    rows[found++] = ((int)(uint)e - 1) * NerTags.Count;
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        var target = scores[..NerTags.Count];
        var w = _fixed.AsSpan();
        if (Vector256.IsHardwareAccelerated && NerTags.Count == 17)
        {
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            int last = 0;
            foreach (int r in rows[..found])
            {
                var (l, h) = Vector256.Widen(Vector256.Create<short>(w.Slice(r, 16)));
                low += l;
                high += h;
                last += w[r + 16];
            }

            var scale = Vector256.Create(_scale);
            (Vector256.Create<float>(target) + Vector256.ConvertToSingle(low) * scale).CopyTo(target);
            (Vector256.Create<float>(target[8..]) + Vector256.ConvertToSingle(high) * scale).CopyTo(target[8..]);
            target[16] += last * _scale;
            return;
        }

        Span<int> sums = stackalloc int[NerTags.Count];
        foreach (int r in rows[..found])
        {
            for (int t = 0; t < sums.Length; t++) sums[t] += w[r + t];
        }

        for (int t = 0; t < target.Length; t++) target[t] += sums[t] * _scale;
    }

    /// <summary>
    /// The mean of several models' weights (a feature missing from one counts as 0 there): models trained on
    /// different shuffles make partly independent errors, and averaging them smooths those out.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models, IReadOnlyDictionary<string, string> info)
    {
        ArgumentNullException.ThrowIfNull(models);
        var index = new Dictionary<ulong, int>();
        var sums = new List<float>();
        foreach (var model in models)
        {
            foreach (var (key, row) in model._index.OrderBy(p => p.Key))
            {
                if (!index.TryGetValue(key, out int target))
                {
                    index[key] = target = index.Count;
                    for (int t = 0; t < NerTags.Count; t++) sums.Add(0);
                }

                for (int t = 0; t < NerTags.Count; t++) sums[target * NerTags.Count + t] += (float)model._saved[row * NerTags.Count + t];
            }
        }

        var weights = sums.Select(w => w / models.Count).ToArray();
        return new PerceptronModel(index, weights, info);
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
            for (int t = 0; t < NerTags.Count; t++) w.Write(_saved[row * NerTags.Count + t]);
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
