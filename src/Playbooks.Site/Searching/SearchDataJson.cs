using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Playbooks.Core.Model;
using Playbooks.Search.Analysis;
using Playbooks.Search.Documents;
using Playbooks.Search.Lexicons;
using Playbooks.Search.Postings;
using Playbooks.Search.Ranking;

namespace Playbooks.Site.Searching;

/// <summary>
/// The parts of the browser search data that the single file (<see cref="BrowserSearchData"/>) and the chunked files
/// (<see cref="ChunkedSearchData"/>) share, written the same way by both so <c>assets/search.js</c> reads them alike.
/// Keys are written in ordinal order and numbers in invariant culture: the same input gives the same bytes.
/// </summary>
internal static class SearchDataJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese stays UTF-8 text (a third of the size of \uXXXX escapes); the data is never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>A JSON document written with <see cref="WriterOptions"/>, as UTF-8 bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
            write(json);
        return stream.ToArray();
    }

    /// <summary><c>ranking</c>: every constant of <see cref="RankingWeights"/>, plus BM25's k1 and b.</summary>
    public static void WriteRanking(Utf8JsonWriter json, RankingWeights weights)
    {
        json.WriteStartObject("ranking");
        json.WriteNumber("k1", TermTable.K1);
        json.WriteNumber("b", TermTable.B);
        WriteNumbers(json, "words", weights.Words);
        WriteNumbers(json, "bigrams", weights.Bigrams);
        WriteNumbers(json, "pinyin", weights.Pinyin);
        json.WriteNumber("wordShare", weights.WordShare);
        json.WriteNumber("bigramShare", weights.BigramShare);
        json.WriteNumber("pinyinShare", weights.PinyinShare);
        json.WriteNumber("correctedSpellingWeight", weights.CorrectedSpellingWeight);
        json.WriteNumber("singleCharacterWeight", weights.SingleCharacterWeight);
        json.WriteNumber("straddlingBigramWeight", weights.StraddlingBigramWeight);
        json.WriteNumber("candidatesPerResult", weights.CandidatesPerResult);
        json.WriteNumber("minCandidates", weights.MinCandidates);
        json.WriteNumber("maxWordTerms", weights.MaxWordTerms);
        json.WriteNumber("maxBigramTerms", weights.MaxBigramTerms);
        json.WriteNumber("folderShare", weights.FolderShare);
        json.WriteNumber("folderMembers", weights.FolderMembers);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>folders</c>: each playbook's folder group number in index order (<see cref="FolderGroups"/>), or an empty array
    /// when the knowledge base has no folder structure to smooth over (the browser then ranks without, as the CLI does).
    /// </summary>
    public static void WriteFolders(Utf8JsonWriter json, FolderGroups folders)
    {
        json.WriteStartArray("folders");
        if (folders.Grouped)
            foreach (var group in folders.Numbers)
                json.WriteNumberValue(group);
        json.WriteEndArray();
    }

    /// <summary>
    /// What the browser needs to analyse a query as the CLI does: <c>fields</c>, <c>lexicon</c>, <c>t2s</c>,
    /// <c>pinyin</c> and <c>syllables</c> (see <see cref="BrowserSearchData"/> for their format).
    /// </summary>
    public static void WriteAnalysis(Utf8JsonWriter json, Lexicon lexicon, AnalysisTables tables)
    {
        WriteStrings(json, "fields", IndexedFields.All);
        WriteLexicon(json, lexicon);
        json.WriteString("t2s", tables.TraditionalToSimplified);
        json.WriteStartObject("pinyin");
        foreach (var (syllable, characters) in tables.Pinyin)
            json.WriteString(syllable, characters);
        json.WriteEndObject();
        WriteStrings(json, "syllables", PinyinSyllables.All);
    }

    /// <summary>
    /// One playbook's display data: <c>[id, title, category, severity, summary, tags, draft, unwritten, steps,
    /// severityText, handlingText]</c>.
    /// </summary>
    public static void WriteDoc(Utf8JsonWriter json, Playbook playbook, string summary)
    {
        json.WriteStartArray();
        json.WriteStringValue(playbook.Id);
        json.WriteStringValue(playbook.Title);
        json.WriteStringValue(playbook.Category);
        json.WriteStringValue(playbook.Severity?.ChineseName() ?? "");
        json.WriteStringValue(summary);
        json.WriteStartArray();
        foreach (var tag in playbook.Tags)
            json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteNumberValue(playbook.Draft ? 1 : 0);
        json.WriteNumberValue(playbook.IsWritten ? 0 : 1);
        json.WriteNumberValue(playbook.HandlingSteps.Count);
        json.WriteStringValue(playbook.SeverityText ?? "");
        json.WriteStringValue(HandlingExcerpt.Of(playbook) ?? "");
        json.WriteEndArray();
    }

    public static void WriteLengths(Utf8JsonWriter json, TermTable table)
    {
        json.WriteStartArray("lengths");
        foreach (var length in table.Lengths)
            json.WriteNumberValue(length);
        json.WriteEndArray();
    }

    /// <summary>
    /// A posting list as comma-separated entries <c>&lt;doc delta&gt;&lt;field letter&gt;[count]…</c> (see
    /// <see cref="BrowserSearchData"/>).
    /// </summary>
    public static string EncodePostings(PostingList list)
    {
        var builder = new StringBuilder();
        var previous = 0;
        foreach (var posting in list.Postings)
        {
            if (builder.Length > 0)
                builder.Append(',');
            builder.Append((posting.Doc - previous).ToString(CultureInfo.InvariantCulture));
            previous = posting.Doc;
            for (var f = 0; f < FieldCounts.FieldCount; f++)
            {
                var count = posting.Counts[f];
                if (count == 0)
                    continue;
                builder.Append((char)('a' + f));
                if (count > 1)
                    builder.Append(count.ToString(CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static void WriteLexicon(Utf8JsonWriter json, Lexicon lexicon)
    {
        var inGroups = lexicon.SynonymGroups.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        json.WriteStartObject("lexicon");
        WriteStrings(json, "words", lexicon.Words.Where(w => !inGroups.Contains(w)).Order(StringComparer.Ordinal));
        json.WriteStartArray("synonyms");
        foreach (var group in lexicon.SynonymGroups)
            WriteStrings(json, null, group);
        json.WriteEndArray();
        WriteStrings(json, "stopWords", lexicon.StopWords.Order(StringComparer.Ordinal));
        json.WriteNumber("maxWordLength", lexicon.MaxWordLength);
        json.WriteStartObject("english");
        foreach (var english in lexicon.English.Keys.Order(StringComparer.Ordinal))
            WriteStrings(json, english, lexicon.English[english]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter json, string? name, IEnumerable<string> values)
    {
        if (name is null)
            json.WriteStartArray();
        else
            json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteNumberValue(value);
        json.WriteEndArray();
    }
}
