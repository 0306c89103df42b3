namespace Playbooks.Search.Vocabulary;

/// <summary>
/// A polynomial hash of characters, h(c₁…cₙ) = Σ cᵢ·Bⁿ⁻ⁱ mod 2⁶⁴, chosen because it composes:
/// h(xy) = h(x)·B^|y| + h(y). An n-gram's hash is then made from its words' hashes without touching its characters,
/// and it equals the hash of the same characters however they were cut into words (n-grams are counted by their
/// characters: 社|群助 and 社群|助 are one n-gram). Not randomised: the tables that use it compare characters on a
/// match, so a collision costs a probe, never a wrong count.
/// </summary>
internal static class SpanHash
{
    /// <summary>An odd multiplier with well-spread bits (the 64-bit FNV prime).</summary>
    private const ulong Base = 0x100000001B3;

    /// <summary>The hash of <paramref name="chars"/> and B^length, the factor that shifts a hash in front of it.</summary>
    public static (ulong Hash, ulong Power) Of(ReadOnlySpan<char> chars)
    {
        ulong hash = 0, power = 1;
        foreach (var c in chars)
        {
            hash = hash * Base + c;
            power *= Base;
        }
        return (hash, power);
    }

    /// <summary>The hash of x followed by y, from h(x), h(y) and B^|y|.</summary>
    public static ulong Append(ulong x, ulong y, ulong powerOfY) => x * powerOfY + y;

    /// <summary>
    /// A slot in a table of 2^(64 − <paramref name="shift"/>) slots: Fibonacci hashing takes the high bits of a
    /// multiplication, which depend on every bit of the hash (the polynomial's low bits depend only on the last characters).
    /// </summary>
    public static int Slot(ulong hash, int shift) => (int)((hash * 0x9E3779B97F4A7C15) >> shift);
}
