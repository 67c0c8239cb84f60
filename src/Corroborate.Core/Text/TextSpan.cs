namespace Corroborate.Text;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units into <see cref="Model.Document.Text"/>.
/// UTF-16 units are what JavaScript uses, so the web UI can highlight with these numbers directly.
/// </summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
    public bool IsEmpty => End == Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Slice(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, Length);

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start}, {End})";
}

/// <summary>Evidence across documents: a span of one document's cleaned text.</summary>
public readonly record struct SpanRef(string DocumentId, TextSpan Span);
