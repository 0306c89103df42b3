namespace Playbooks.Search.Postings;

/// <summary>Where a playbook's analysed terms are counted per field: by characters (<see cref="DocumentTokens"/>) or by number (<see cref="TermCounter"/>).</summary>
public interface ITermSink
{
    void Add(string term, int field);
}
