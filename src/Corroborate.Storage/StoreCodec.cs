using System.Runtime.InteropServices;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Stories.Clustering;
using Corroborate.Stories.Model;

namespace Corroborate.Storage;

/// <summary>
/// How the store writes what it needs to replay and re-analyse: reader metadata, clustering features,
/// assignment explanations (JSON) and shingle sets (little-endian uint32s). Internal formats, not the contract.
/// </summary>
internal static class StoreCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Metadata(SourceMetadata m) => JsonSerializer.Serialize(m, Options);

    public static SourceMetadata Metadata(string json) => JsonSerializer.Deserialize<SourceMetadata>(json, Options) ?? new SourceMetadata();

    public static string Features(DocumentFeatures f) => JsonSerializer.Serialize(f, Options);

    public static DocumentFeatures Features(string json) =>
        JsonSerializer.Deserialize<DocumentFeatures>(json, Options) ?? throw new InvalidDataException("Stored features are empty.");

    public static string Assignment(StoryAssignment a) => JsonSerializer.Serialize(a, Options);

    public static StoryAssignment Assignment(string json) =>
        JsonSerializer.Deserialize<StoryAssignment>(json, Options) ?? throw new InvalidDataException("Stored assignment is empty.");

    public static byte[] Shingles(uint[] shingles) => MemoryMarshal.AsBytes(shingles.AsSpan()).ToArray();

    public static uint[] Shingles(byte[] blob) => MemoryMarshal.Cast<byte, uint>(blob.AsSpan()).ToArray();
}
