using Playbooks.Search.Vocabulary;

namespace Playbooks.Search.Tests.Vocabulary;

public sealed class CandidateGuardTests
{
    private readonly CandidateGuard _guard = new(new HashSet<string> { "有人" }, new HashSet<string> { "老师", "助教" });

    [Theory]
    [InlineData("乱码", "昵称")]
    [InlineData("主", "播")]
    [InlineData("私", "域", "流量")]
    [InlineData("社群", "运营", "主管")]
    [InlineData("评论区", "刷屏")]
    public void Accepts_runs_of_two_or_three_whole_words(params string[] parts) => Assert.True(_guard.Accepts(parts));

    [Theory]
    [InlineData("群", "里", "刷屏")]      // a particle among the parts
    [InlineData("app", "崩了")]            // 了 inside a part
    [InlineData("群", "有人")]             // a stop word of the lexicon
    [InlineData("分钟", "内")]             // one-character locative at the end
    [InlineData("写", "清楚")]             // one-character verb at the start
    [InlineData("发", "广告", "链接")]
    [InlineData("用户运营", "负责人")]     // longer than six characters
    [InlineData("群", "刷屏", "广告", "链接")] // more than three parts
    [InlineData("刷屏")]                   // already one word
    [InlineData("app", "sdk")]             // no Han at all
    [InlineData("冒充", "老师")]           // would hide 老师 from its synonym fold
    public void Rejects_phrases_particles_and_overlong_runs(params string[] parts) => Assert.False(_guard.Accepts(parts));
}
