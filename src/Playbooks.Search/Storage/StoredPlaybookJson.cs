using System.Text.Json.Serialization;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Storage;

/// <summary>
/// Compile-time JSON metadata for the documents column. Reflection-based System.Text.Json costs a cold
/// <c>playbooks search</c> tens of milliseconds of reflection and JIT on its first result; the generated code
/// writes the same JSON (default options) and is precompiled with the assembly.
/// </summary>
[JsonSerializable(typeof(StoredPlaybook))]
internal sealed partial class StoredPlaybookJson : JsonSerializerContext;
