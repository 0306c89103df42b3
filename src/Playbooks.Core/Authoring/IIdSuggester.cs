namespace Playbooks.Core.Authoring;

/// <summary>Proposes an id for a playbook from its title (Chinese titles are spelled in pinyin).</summary>
/// <remarks>
/// The implementation lives in Playbooks.Search (<c>PinyinIdSuggester</c>), next to the ICU transliteration and word
/// segmentation it needs: Core stays free of the native ICU dependency, so <c>lint</c> and the parser run on any
/// machine. Core only turns the suggester's words into an id (<see cref="IdSlug"/>) and resolves collisions
/// (<see cref="IdRegistry"/>).
/// </remarks>
public interface IIdSuggester
{
    /// <summary>A valid id (lower-case kebab-case, at most <see cref="IdSlug.MaxLength"/> characters); never empty.</summary>
    string Suggest(string title);
}
