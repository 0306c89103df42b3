namespace Playbooks.Search.Analysis;

/// <summary>
/// The toneless Mandarin syllables as <see cref="PinyinTable"/> spells them (ü as u: 女 → nu, 略 → lue), and the
/// split of a Latin word into them (putianxie → pu|tian|xie), so pinyin typed as one word or as separate syllables
/// can be looked up by its syllable pairs, the way the index spells its bigrams.
/// </summary>
/// <remarks>
/// Hand-written: no library served here segments pinyin, and the inventory is a fixed, well-known table of ~410
/// syllables. The site's search data ships this list (<c>syllables</c>) so the browser splits exactly as the CLI does.
/// </remarks>
public static class PinyinSyllables
{
    /// <summary>Every syllable, in ordinal order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. """
        a ai an ang ao
        ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
        ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan
        chuang chui chun chuo ci cong cou cu cuan cui cun cuo
        da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
        e ei en eng er
        fa fan fang fei fen feng fo fou fu
        ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
        ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
        ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
        ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
        la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo
        ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
        na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo
        o ou
        pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
        qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
        ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
        sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan
        shuang shui shun shuo si song sou su suan sui sun suo
        ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
        wa wai wan wang wei wen weng wo wu
        xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
        ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
        za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
        zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal),
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <summary>The longest syllable's length (chuang, shuang, zhuang).</summary>
    private static readonly int MaxLength = All.Max(s => s.Length);

    public static bool IsSyllable(string word) => Set.Contains(word);

    /// <summary>
    /// <paramref name="word"/> cut into the fewest syllables, or null if it is not pinyin. Of equally short cuts the
    /// one with the longer first syllable wins, then the longer second, and so on (xian, not xi|an; fangan → fang|an).
    /// Dynamic programming from the end: <c>fewest[i]</c> is the fewest syllables that spell <c>word[i..]</c>.
    /// </summary>
    public static IReadOnlyList<string>? Split(string word)
    {
        const int none = int.MaxValue;
        var fewest = new int[word.Length + 1];
        fewest[word.Length] = 0;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            fewest[i] = none;
            for (var length = 1; length <= MaxLength && i + length <= word.Length; length++)
                if (fewest[i + length] != none && Set.Contains(word.Substring(i, length)))
                    fewest[i] = Math.Min(fewest[i], fewest[i + length] + 1);
        }
        if (word.Length == 0 || fewest[0] == none)
            return null;
        var syllables = new List<string>(fewest[0]);
        for (var at = 0; at < word.Length;)
        {
            var length = Math.Min(MaxLength, word.Length - at);
            while (fewest[at + length] == none || fewest[at + length] + 1 != fewest[at] || !Set.Contains(word.Substring(at, length)))
                length--;
            syllables.Add(word.Substring(at, length));
            at += length;
        }
        return syllables;
    }
}
