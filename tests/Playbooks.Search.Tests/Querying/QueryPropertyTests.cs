using FsCheck;
using FsCheck.Fluent;
using Playbooks.Core;
using Playbooks.Search.Tests.Support;

namespace Playbooks.Search.Tests.Querying;

/// <summary>Random text, unicode and FTS5 operator fragments thrown at the engine: it answers every one.</summary>
public sealed class QueryPropertyTests(FixtureEngine fixture) : IClassFixture<FixtureEngine>
{
    private const int Cases = 300;

    private static readonly string[] Fragments =
    [
        "\"", "*", "NEAR(", ")", "(", "AND", "OR", "NOT", "-", ":", "^", "+", "{title}:", "{", "}", "[", "]", ",", " ",
        "title:", "body :", "NEAR/3", "'", "\\", "%", "_", "\u0000", "\t", "\n", "😂", "👨‍👩‍👧", "\uD800", "\uDC00",
        "刷屏", "退钱", "群", "廣告", "ＡＰＰ", "ﬁ", "㈱", "\u200B", "\uFEFF", "SELECT * FROM docs;", "'; DROP TABLE docs; --",
    ];

    private static Gen<string> Queries()
    {
        var fragment = Gen.Elements(Fragments);
        var anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        var han = Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString());
        var piece = Gen.Frequency((4, fragment), (3, anyChar), (3, han));
        return piece.ListOf().Select(pieces => string.Concat(pieces));
    }

    [Fact]
    public void Answers_any_text_with_results_or_a_usage_error()
    {
        var known = fixture.Engine.Ids().ToHashSet(StringComparer.Ordinal);

        var property = Prop.ForAll(Queries().ToArbitrary(), query =>
        {
            if (string.IsNullOrWhiteSpace(query))
                return Assert.Throws<PlaybooksException>(() => fixture.Engine.Search(query)).Kind == ErrorKind.EmptyQuery;
            var response = fixture.Engine.Search(query, limit: 3, explain: true);
            return response.Results.Count <= 3 && response.Results.All(r => known.Contains(r.Id));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
    }
}
