namespace Playbooks.Search.Ranking;

/// <summary>The two idf formulas ranking uses.</summary>
/// <remarks>
/// Classic BM25 (and SQLite FTS5's bm25(), which the index used at first) takes idf = ln((N − n + 0.5) / (n + 0.5))
/// and clamps it to 1e-6 when a term occurs in more than half the documents. On a knowledge base of a few dozen
/// playbooks that silences exactly the words operators use most (退款, 客服, 群 after synonym folding). Ranking
/// therefore picks its candidates with the classic idf (<see cref="ClassicIdf"/>, as the tuned weights expect) and
/// scores each term with the non-negative idf Lucene uses, ln(1 + (N − n + 0.5) / (n + 0.5)) (<see cref="Idf"/>).
/// </remarks>
public static class Bm25
{
    /// <summary>Classic BM25 idf, clamped to 1e-6 when a term is in more than half the documents.</summary>
    public static double ClassicIdf(long documents, long containing)
    {
        var idf = Math.Log((documents - containing + 0.5) / (containing + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>Lucene's idf: always positive, decreasing smoothly with document frequency.</summary>
    public static double Idf(long documents, long containing) =>
        Math.Log(1 + (documents - containing + 0.5) / (containing + 0.5));
}
