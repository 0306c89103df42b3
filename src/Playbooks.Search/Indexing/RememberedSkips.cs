using System.Text.Json;
using System.Text.Json.Serialization;
using Playbooks.Core.Diagnostics;
using Playbooks.Core.KnowledgeBase;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Why a file was left out of the index (its errors), kept beside its stamp (<c>guides.skipped</c>) so that a knowledge
/// base beside thousands of ordinary notes is not read and parsed again by every command, and every command still
/// names each skipped file with the same words. Only the error the warning names is kept (<see cref="SkipWarnings.Reason"/>):
/// a note without any part has five "missing part" errors, and reading all five back for 50 000 notes on every command
/// cost more than the listing. It is stored without its path: the path shown is made from the knowledge base as the
/// user names it this time. lint, which lists every error, reads the files themselves.
/// </summary>
internal static class RememberedSkips
{
    public static string Encode(IEnumerable<Finding> errors) =>
        JsonSerializer.Serialize(SkipWarnings.Reason(errors) is { } f ? [new Stored(f.Line, f.Column, f.Level, f.Code, f.Message, f.Fix)] : new List<Stored>(),
            RememberedSkipsJson.Default.ListStored);

    /// <summary>The skipped file at <paramref name="relative"/> as this refresh reports it; null for a value it cannot read.</summary>
    public static SkippedFile? Decode(string root, string relative, string value)
    {
        var display = KnowledgeBaseLoader.DisplayPathOfRelative(root, relative);
        return Findings(display, value) is { } findings ? new SkippedFile(display, findings, false) : null;
    }

    /// <summary>
    /// The skipped file at <paramref name="relative"/> with its reason read back only when asked for: the quick answer of
    /// an unchanged knowledge base prints twenty skipped files and counts the rest, so the others are never decoded. A
    /// reason that cannot be read back names no finding; the file is still reported as skipped (lint, which reads the
    /// file itself, says why), where <see cref="Decode"/>'s caller reads such a file again instead.
    /// </summary>
    public static SkippedFile DecodeWhenRead(string root, string relative, string value)
    {
        var display = KnowledgeBaseLoader.DisplayPathOfRelative(root, relative);
        return new SkippedFile(display, new StoredFindings(() => Findings(display, value) ?? []), false);
    }

    private static List<Finding>? Findings(string display, string value)
    {
        List<Stored>? stored;
        try
        {
            stored = JsonSerializer.Deserialize(value, RememberedSkipsJson.Default.ListStored);
        }
        catch (JsonException)
        {
            return null;
        }
        return stored?.Select(s => new Finding(display, s.Line, s.Column, s.Level, s.Code, s.Message, s.Fix)).ToList();
    }

    /// <summary>Findings decoded on first use (thread-safe: <c>serve</c> shares its last refresh's report).</summary>
    private sealed class StoredFindings(Func<IReadOnlyList<Finding>> decode) : IReadOnlyList<Finding>
    {
        private readonly Lazy<IReadOnlyList<Finding>> _findings = new(decode);

        public Finding this[int index] => _findings.Value[index];
        public int Count => _findings.Value.Count;
        public IEnumerator<Finding> GetEnumerator() => _findings.Value.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal sealed record Stored(int Line, int Column, FindingLevel Level, string Code, string Message, string Fix);
}

/// <summary>Compile-time JSON metadata for <see cref="RememberedSkips"/>: the native front door runs without reflection.</summary>
[JsonSerializable(typeof(List<RememberedSkips.Stored>))]
internal sealed partial class RememberedSkipsJson : JsonSerializerContext;
