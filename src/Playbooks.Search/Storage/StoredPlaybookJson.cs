using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Storage;

/// <summary>
/// Compile-time JSON metadata for the documents column. Reflection-based System.Text.Json costs a cold
/// <c>playbooks search</c> tens of milliseconds of reflection and JIT on its first result; the generated code
/// is precompiled with the assembly.
/// </summary>
[JsonSerializable(typeof(StoredPlaybook))]
internal sealed partial class StoredPlaybookJson : JsonSerializerContext
{
    /// <summary>
    /// How <c>bodies.doc</c> is written: Chinese (and every other non-ASCII character of the Basic Multilingual Plane)
    /// as itself, 3 bytes in UTF-8, instead of the default encoder's 6-byte <c>\uXXXX</c> (a third of a 3k build's file).
    /// What HTML and JavaScript treat specially (<c>&lt; &gt; &amp; ' " + `</c>) is still escaped, as by the default
    /// encoder, so the text stays safe wherever it is put. Reading does not depend on it: a body written escaped by an
    /// earlier version decodes to the same value.
    /// </summary>
    public static StoredPlaybookJson Stored { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
}
