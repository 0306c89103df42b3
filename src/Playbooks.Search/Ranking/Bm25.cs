namespace Playbooks.Search.Ranking;

/// <summary>
/// BM25 pieces computed here rather than left to FTS5's bm25().
/// </summary>
/// <remarks>
/// FTS5's bm25() uses idf = ln((N − n + 0.5) / (n + 0.5)) and clamps it to 1e-6 when a term occurs in more
/// than half the documents. On a knowledge base of a few dozen playbooks that silences exactly the words
/// operators use most (退款, 客服, 群 after synonym folding). We therefore take from FTS5 only the term-frequency
/// part of its score (column weights, saturation and length normalisation included) and multiply it by the
/// non-negative idf Lucene uses, ln(1 + (N − n + 0.5) / (n + 0.5)).
/// </remarks>
public static class Bm25
{
    /// <summary>The idf FTS5 used inside a bm25() value (after its clamp).</summary>
    public static double Fts5Idf(long documents, long containing)
    {
        var idf = Math.Log((documents - containing + 0.5) / (containing + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>Lucene's idf: always positive, decreasing smoothly with document frequency.</summary>
    public static double Idf(long documents, long containing) =>
        Math.Log(1 + (documents - containing + 0.5) / (containing + 0.5));

    /// <summary>Re-weights one term's FTS5 bm25() value with <see cref="Idf"/>.</summary>
    public static double Rescore(double fts5Score, long documents, long containing) =>
        fts5Score / Fts5Idf(documents, containing) * Idf(documents, containing);
}
