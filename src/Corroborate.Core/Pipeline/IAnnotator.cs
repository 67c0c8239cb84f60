using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Pipeline;

/// <summary>What a stage is, what it needs and what it writes. Bump Version whenever its output changes.</summary>
public sealed record StageInfo(string Name, int Version, ImmutableArray<string> Requires, ImmutableArray<string> Produces)
{
    public override string ToString() => $"{Name}@{Version}";
}

/// <summary>
/// A per-document stage. Computes first, then writes its layers once (<c>document with { Quotes = quotes }</c>).
/// Bad input becomes a diagnostic on the document; throw only for programmer errors.
/// Must be thread-safe and deterministic: no clocks, no unseeded randomness, no string.GetHashCode().
/// </summary>
public interface IAnnotator
{
    StageInfo Info { get; }

    Document Annotate(Document document, CancellationToken cancellationToken);
}
