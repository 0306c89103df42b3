namespace Playbooks.Search.Vocabulary;

/// <summary>
/// A word learned from the knowledge base: normalised text, why it was learned, and its evidence (how often and in
/// how many playbooks it occurs as whole words; for statistical words, its cohesion and boundary entropy, in nats).
/// </summary>
public sealed record LearnedWord(string Word, WordSource Source, int Count, int Documents, double Cohesion, double Entropy);
