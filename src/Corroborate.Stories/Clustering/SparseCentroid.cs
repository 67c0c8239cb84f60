namespace Corroborate.Stories.Clustering;

/// <summary>The sum of a story's unit document vectors, with its squared norm kept up to date on each add.</summary>
internal sealed class SparseCentroid
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private double _norm2;

    public bool IsEmpty => _weights.Count == 0;

    public double Dot(Dictionary<string, double> v)
    {
        double dot = 0;
        foreach (var (k, w) in v)
        {
            if (_weights.TryGetValue(k, out double c)) dot += c * w;
        }

        return dot;
    }

    /// <summary>Cosine with a unit vector.</summary>
    public double Cosine(Dictionary<string, double> unit) => _norm2 <= 0 || unit.Count == 0 ? 0 : Dot(unit) / Math.Sqrt(_norm2);

    public void Subtract(Dictionary<string, double> v)
    {
        double dot = Dot(v);
        double vv = v.Values.Sum(x => x * x);
        _norm2 = Math.Max(0, _norm2 - 2 * dot + vv);
        foreach (var (k, w) in v)
        {
            double left = _weights.GetValueOrDefault(k) - w;
            if (Math.Abs(left) < 1e-9) _weights.Remove(k);
            else _weights[k] = left;
        }

        if (_weights.Count == 0) _norm2 = 0;
    }

    public void Add(Dictionary<string, double> v)
    {
        // |c + v|² = |c|² + 2 c·v + |v|²
        double dot = Dot(v);
        double vv = v.Values.Sum(x => x * x);
        _norm2 += 2 * dot + vv;
        foreach (var (k, w) in v) _weights[k] = _weights.GetValueOrDefault(k) + w;
    }
}
