namespace Playbooks.Search.Postings;

/// <summary>One playbook containing a token, with the token's count per field. <c>Doc</c> is the playbook's dense number in its <see cref="RankingIndex"/>.</summary>
public readonly record struct Posting(int Doc, FieldCounts Counts);
