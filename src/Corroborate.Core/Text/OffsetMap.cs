using System.Collections.Immutable;

namespace Corroborate.Text;

/// <summary>
/// Maps positions in cleaned text back to positions in the raw source (characters of the decoded input).
/// Modelled on Lucene's CharFilter offset correction: a sorted list of points where the shift between
/// cleaned and raw positions changes; between points the shift is constant.
/// </summary>
public sealed class OffsetMap
{
    // Each entry: from cleaned position Clean onwards, raw = clean + Delta (until the next entry).
    private readonly ImmutableArray<(int Clean, int Delta)> _points;

    public static OffsetMap Identity { get; } = new([]);

    private OffsetMap(ImmutableArray<(int Clean, int Delta)> points) => _points = points;

    public bool IsIdentity => _points.IsEmpty;

    /// <summary>The raw position of a cleaned-text position.</summary>
    public int ToRaw(int cleanPosition)
    {
        int lo = 0, hi = _points.Length - 1, delta = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_points[mid].Clean <= cleanPosition)
            {
                delta = _points[mid].Delta;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return cleanPosition + delta;
    }

    /// <summary>The raw range of a cleaned span: start maps forward, end maps as the end of its last character.</summary>
    public TextSpan ToRaw(TextSpan span) =>
        span.IsEmpty
            ? new TextSpan(ToRaw(span.Start), ToRaw(span.Start))
            : new TextSpan(ToRaw(span.Start), ToRaw(span.End - 1) + 1);

    /// <summary>
    /// Composes maps: this one takes positions in cleaned text to an intermediate text, <paramref name="inner"/>
    /// takes the intermediate text to the raw source (e.g. text cleaning after HTML extraction).
    /// </summary>
    public OffsetMap Then(OffsetMap inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.IsIdentity) return this;
        if (IsIdentity) return inner;

        // Segments of this map: from each point on, a constant delta (delta 0 before the first point).
        var segments = new List<(int Clean, int Delta)>(_points.Length + 1);
        if (_points[0].Clean > 0) segments.Add((0, 0));
        segments.AddRange(_points);

        var breaks = new SortedSet<int>();
        for (int k = 0; k < segments.Count; k++)
        {
            var (start, delta) = segments[k];
            int end = k + 1 < segments.Count ? segments[k + 1].Clean : int.MaxValue;
            breaks.Add(start);
            foreach (var (mid, _) in inner._points)
            {
                // Where the inner map changes, seen from this segment's cleaned positions.
                long clean = (long)mid - delta;
                if (clean >= start && clean < end) breaks.Add((int)clean);
            }
        }

        var builder = new Builder();
        foreach (int b in breaks)
        {
            builder.Add(b, inner.ToRaw(ToRaw(b)));
        }

        return builder.Build();
    }

    /// <summary>Builds a map from (clean position, raw position) anchor points, added in increasing order.</summary>
    public sealed class Builder
    {
        private readonly ImmutableArray<(int Clean, int Delta)>.Builder _points = ImmutableArray.CreateBuilder<(int, int)>();

        /// <summary>From <paramref name="clean"/> on, cleaned text corresponds to raw text starting at <paramref name="raw"/>.</summary>
        public Builder Add(int clean, int raw)
        {
            int delta = raw - clean;
            int lastDelta = _points.Count == 0 ? 0 : _points[^1].Delta;
            if (_points.Count > 0 && _points[^1].Clean == clean)
            {
                _points[^1] = (clean, delta);
            }
            else if (delta != lastDelta)
            {
                _points.Add((clean, delta));
            }

            return this;
        }

        public OffsetMap Build() => _points.Count == 0 ? Identity : new OffsetMap(_points.ToImmutable());
    }
}
