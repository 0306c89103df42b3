using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Vocabulary;

/// <summary>
/// The playbooks whose full text feeds the statistical words of a very large knowledge base: all of them while their
/// text is at most <see cref="CharacterCap"/> characters, otherwise whole playbooks in the order of a hash of their id
/// until the cap is reached. SentencePiece does the same for its trainer (<c>input_sentence_size</c>, with
/// <c>shuffle_input_sentence</c>: train on a bounded random sample of the sentences, since the statistics of a few
/// million sentences already settle the vocabulary); here the "shuffle" is a stable key instead of a random draw, so
/// the same files give the same sample in the index and the site, and an edit to a file outside the sample leaves it
/// exactly as it was (the sample is a prefix in key order, whose length depends only on the files inside it).
/// Only the statistical source is sampled: tags, titles and bold terms are still read from every playbook.
/// </summary>
public sealed class LearningSample
{
    /// <summary>
    /// The knowledge base's field characters past which statistics are learned from a sample: ~3 700 playbooks of
    /// 1 070 characters, so the 3 000-playbook benchmark of issue #17 still learns from all of its text and every
    /// knowledge base the team evaluates on is far below it (all four teams' playbooks together: 0.15 M). Chosen by
    /// measurement (tests/Playbooks.Benchmarks/PERFORMANCE.md, Indexing, sixth round): on synthetic 10k playbooks a sample of 25 %, 50 % or
    /// 75 % of the text kept 91–93 % of the learned words (those that differ sit at the count threshold), and forcing a
    /// 25 % sample on the four teams' playbooks moved no query set's MRR@10 by more than 0.006; above the cap,
    /// learning's CPU and memory stop growing with the knowledge base.
    /// </summary>
    public const long DefaultCharacterCap = 4_000_000;

    /// <summary>A measuring aid: sets the cap in characters for this process (to force sampling on a small knowledge base).</summary>
    public const string CapVariable = "PLAYBOOKS_LEARNING_SAMPLE_CHARACTERS";

    /// <summary><see cref="CapVariable"/> when it holds a positive number, otherwise <see cref="DefaultCharacterCap"/>.</summary>
    public static long CharacterCap =>
        long.TryParse(Environment.GetEnvironmentVariable(CapVariable), out var cap) && cap > 0 ? cap : DefaultCharacterCap;

    /// <summary>The sampled playbooks, in the order given.</summary>
    public IReadOnlyList<StoredPlaybook> Playbooks { get; }

    /// <summary>The sample's share of the knowledge base's characters: 1 when nothing was left out.</summary>
    public double Fraction { get; }

    public bool IsWhole => Fraction >= 1;

    private LearningSample(IReadOnlyList<StoredPlaybook> playbooks, double fraction) => (Playbooks, Fraction) = (playbooks, fraction);

    /// <summary>The sample of <paramref name="playbooks"/> for a cap of <paramref name="cap"/> characters (default: <see cref="CharacterCap"/>).</summary>
    public static LearningSample Of(IReadOnlyList<StoredPlaybook> playbooks, long? cap = null)
    {
        var limit = cap ?? CharacterCap;
        var lengths = playbooks.Select(CharactersOf).ToArray();
        var total = lengths.Sum();
        if (total <= limit)
            return new LearningSample(playbooks, 1);

        // Whole playbooks by key until the next one would pass the cap (the first is always taken). Equal ids (a
        // knowledge base may hold duplicates, reported elsewhere) fall back to the path.
        var byKey = Enumerable.Range(0, playbooks.Count)
            .OrderBy(i => KeyOf(playbooks[i].Id)).ThenBy(i => playbooks[i].Id, StringComparer.Ordinal)
            .ThenBy(i => playbooks[i].Path, StringComparer.Ordinal).ToList();
        var chosen = new bool[playbooks.Count];
        var taken = 0L;
        foreach (var i in byKey)
        {
            if (taken > 0 && taken + lengths[i] > limit)
                break;
            chosen[i] = true;
            taken += lengths[i];
        }
        var sample = playbooks.Where((_, i) => chosen[i]).ToList();
        return new LearningSample(sample, (double)taken / total);
    }

    /// <summary>
    /// <paramref name="threshold"/>, a minimum count over the whole knowledge base, for the sample: scaled by its
    /// share of the text (a word occurring c times overall is expected c·fraction times in it), but never under
    /// <paramref name="floor"/>. Cohesion and entropy are ratios and need no scaling.
    /// </summary>
    public int Scale(int threshold, int floor) => IsWhole ? threshold : Math.Max(floor, (int)Math.Ceiling(threshold * Fraction));

    /// <summary>What learning counts of a playbook: the characters of its fields.</summary>
    public static long CharactersOf(StoredPlaybook playbook)
    {
        var characters = 0L;
        foreach (var text in playbook.Fields.Values)
            characters += text.Length;
        return characters;
    }

    /// <summary>
    /// A stable, well-spread key: the first 8 bytes of SHA-256 of the id (string.GetHashCode is randomised per
    /// process; the id, not the path, because the site knows files by another path than the index).
    /// </summary>
    private static ulong KeyOf(string id) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
