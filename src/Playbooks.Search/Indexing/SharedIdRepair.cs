using System.Text;
using System.Text.Json;
using Playbooks.Core.KnowledgeBase;
using Playbooks.Search.Storage;

namespace Playbooks.Search.Indexing;

/// <summary>
/// Brings the ids of playbooks that share one in line with <see cref="SharedIds"/> at the end of a refresh, so the
/// index names every playbook as <c>show</c>, <c>list</c> and the site do, whatever order the files were indexed in:
/// a refresh gives a newly written file a free id first (it cannot know yet who else declares it), and a file that
/// lost its id to another gets it back once the other is gone.
/// </summary>
/// <remarks>
/// The index keeps only the id each playbook goes by; what a renamed one, or one keeping a shared id, declares is kept
/// in the meta table (<see cref="MetaKey"/>, a JSON array of <c>[path, declared id, metadata problems of its own]</c>),
/// as JSON because file names may hold any character but <c>/</c> and NUL; so that once the id is no longer shared each
/// goes back to its own id and its own metadata problems. Costs nothing unless files share an id now or did before.
/// </remarks>
internal static class SharedIdRepair
{
    public const string MetaKey = "renamed_ids";

    /// <summary>What a playbook written in this refresh declares: its id and whether it has metadata problems of its own.</summary>
    public readonly record struct Declared(string Id, bool MetadataProblems);

    /// <param name="written">The playbooks written in this refresh, by path, as their files declare them.</param>
    /// <param name="shared">Whether one of them was given another id because its own was taken.</param>
    public static void Apply(IndexStore.IndexWriter writer, IReadOnlyDictionary<string, Declared> written, bool shared)
    {
        var renamed = Read(writer.Meta(MetaKey));
        if (renamed.Count == 0 && !shared)
            return;
        var rows = writer.Rows();
        var declared = rows.ToDictionary(
            r => r.Path,
            r => written.TryGetValue(r.Path, out var now) ? now : renamed.TryGetValue(r.Path, out var before) ? before : new Declared(r.Id, r.MetadataProblems),
            StringComparer.Ordinal);
        var resolved = SharedIds.Resolve(declared.Select(d => (d.Key, d.Value.Id)));
        // Every file of a shared id has a metadata problem, the one keeping it too: lint warns each of them
        // (duplicate-id), and the "N 个预案的元数据有问题" note must count the files lint counts.
        var sharing = declared.GroupBy(d => d.Value.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(d => d.Key)).ToHashSet(StringComparer.Ordinal);
        bool Problems(string path) => declared[path].MetadataProblems || sharing.Contains(path);
        var moves = rows.Where(r => resolved[r.Path] != r.Id).ToList();
        // Two steps, so that ids trading places never meet the index's one-row-per-id constraint.
        foreach (var row in moves)
            writer.Rename(row.RowId, $"\u0001{row.RowId}", row.MetadataProblems);
        foreach (var row in moves)
            writer.Rename(row.RowId, resolved[row.Path], Problems(row.Path));
        // The file keeping a shared id keeps its row, but is counted while it shares it and no longer once it does not.
        foreach (var row in rows.Where(r => resolved[r.Path] == r.Id && r.MetadataProblems != Problems(r.Path)))
            writer.Rename(row.RowId, row.Id, Problems(row.Path));
        writer.SetMeta(MetaKey, Write(declared.Where(d => resolved[d.Key] != d.Value.Id || sharing.Contains(d.Key))));
    }

    private static Dictionary<string, Declared> Read(string? json)
    {
        var renamed = new Dictionary<string, Declared>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
            return renamed;
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var entry in document.RootElement.EnumerateArray())
                renamed[entry[0].GetString()!] = new Declared(entry[1].GetString()!, entry[2].GetBoolean());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Written by this class only; should it ever be unreadable, the ids stay as the index has them.
        }
        return renamed;
    }

    private static string Write(IEnumerable<KeyValuePair<string, Declared>> renamed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var (path, declared) in renamed.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray();
                json.WriteStringValue(path);
                json.WriteStringValue(declared.Id);
                json.WriteBooleanValue(declared.MetadataProblems);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
