using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Playbooks.Benchmarks.Quality;

/// <summary>
/// jieba.NET's search-mode segmentation (words plus their in-dictionary sub-words) as a Lucene analyzer, lower-cased,
/// punctuation dropped. jieba.NET ships no Lucene tokenizer of its own for Lucene.Net 4.8, so this is the thin adapter.
/// </summary>
internal sealed class JiebaAnalyzer : Analyzer
{
    static JiebaAnalyzer()
    {
        // jieba.NET reads its dictionaries from a folder named by this setting (relative paths resolve against the
        // working directory); the project copies the package's Resources/ next to the binaries.
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JiebaTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
    }

    private sealed class JiebaTokenizer : Tokenizer
    {
        private static readonly JiebaSegmenter Segmenter = new();
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private IEnumerator<JiebaNet.Segmenter.Token>? _tokens;

        public JiebaTokenizer(TextReader reader) : base(reader)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            var text = m_input.ReadToEnd();
            lock (Segmenter) // the segmenter's lazily built structures are not documented as thread-safe
                _tokens = Segmenter.Tokenize(text, TokenizerMode.Search).ToList().GetEnumerator();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            while (_tokens!.MoveNext())
            {
                var token = _tokens.Current;
                if (!token.Word.Any(char.IsLetterOrDigit))
                    continue;
                _term.SetEmpty().Append(token.Word);
                _offset.SetOffset(CorrectOffset(token.StartIndex), CorrectOffset(token.EndIndex));
                return true;
            }
            return false;
        }
    }
}
