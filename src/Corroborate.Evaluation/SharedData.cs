namespace Corroborate.Evaluation;

/// <summary>
/// Locates the read-only evaluation data beside the project (../shared/data). Evaluation code reads it by
/// path; nothing from it is ever copied into the repository.
/// </summary>
public static class SharedData
{
    /// <summary>The data folder, from CORROBORATE_SHARED_DATA or the nearest ../shared/data above the start folder; null when absent.</summary>
    public static string? Root(string? start = null)
    {
        var env = Environment.GetEnvironmentVariable("CORROBORATE_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
            dir = dir.Parent;
        }

        return null;
    }

    /// <summary>A file or folder under the data root, or null when the data (or that part of it) is absent.</summary>
    public static string? Find(params string[] parts)
    {
        var root = Root();
        if (root is null) return null;
        var path = Path.Combine([root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }
}
