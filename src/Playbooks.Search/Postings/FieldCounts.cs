using System.Runtime.CompilerServices;
using Playbooks.Search.Documents;

namespace Playbooks.Search.Postings;

/// <summary>Occurrences of one token in each indexed field of one playbook (<see cref="IndexedFields.All"/> order).</summary>
[InlineArray(FieldCount)]
public struct FieldCounts
{
    public const int FieldCount = 8;

    private ushort _first;

    static FieldCounts()
    {
        if (IndexedFields.All.Count != FieldCount)
            throw new InvalidOperationException($"FieldCounts holds {FieldCount} fields but the index has {IndexedFields.All.Count}.");
    }
}
