/*
 * Offline search for the Playbooks site.
 *
 * Analysis and ranking are a port of the CLI's, line by line where the browser allows (the C# names are given
 * beside each part), so a query finds what `playbooks search` finds:
 *   normalise (NFKC, lower case, Traditional→Simplified from the build's table)  — TextNormalizer
 *   segment with Intl.Segmenter('zh', {granularity: 'word'})                     — IcuWordSegmenter (ICU too)
 *   re-cut with the lexicon, gloss English, drop stop words, fold synonyms      — LexiconMerger, EnglishGlossary, StopWordFilter, SynonymFolder
 *   Han bigrams, their pinyin                                                    — CjkBigrams, PinyinBigrams
 *   per-term BM25 over the index the build computed with the C# analyzer, fused  — Ranker (Playbooks.Search)
 *
 * Hand-written rather than a library such as MiniSearch: a library would bring its own tokenizer, BM25 variant
 * and field boosting, and the point is to score exactly like the CLI (BM25's term-frequency part, Lucene's idf,
 * RankingWeights' column weights, three representations fused). That takes ~200 lines; pinning and shipping a
 * library and then overriding most of it would not be smaller. No dependencies, no network.
 *
 * Data: window.PLAYBOOKS_SEARCH_DATA from search-data.js (format in BrowserSearchData.cs).
 */
(function () {
  'use strict';

  var data = window.PLAYBOOKS_SEARCH_DATA;

  // ---------------------------------------------------------------- analysis

  function isHan(code) {
    return (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3400 && code <= 0x4DBF) || (code >= 0xF900 && code <= 0xFAFF);
  }

  function allHan(s) {
    if (s.length === 0) return false;
    for (var i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
    return true;
  }

  function anyHan(s) {
    for (var i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) return true;
    return false;
  }

  function Analyzer(d) {
    var i;
    this.t2s = new Map();
    for (i = 0; i + 1 < d.t2s.length; i += 2) this.t2s.set(d.t2s[i], d.t2s[i + 1]);
    this.pinyin = new Map();
    var syllables = Object.keys(d.pinyin);
    for (i = 0; i < syllables.length; i++) {
      var chars = d.pinyin[syllables[i]];
      for (var k = 0; k < chars.length; k++) this.pinyin.set(chars[k], syllables[i]);
    }
    var lexicon = d.lexicon;
    var words = new Set(lexicon.words);
    this.canonical = new Map();
    lexicon.synonyms.forEach(function (group) {
      group.forEach(function (word, index) {
        words.add(word);
        if (index > 0 && !this.canonical.has(word)) this.canonical.set(word, group[0]);
      }, this);
    }, this);
    this.hanWords = new Set();
    this.mixedWords = new Set();
    words.forEach(function (w) {
      if (w.length >= 2 && allHan(w)) this.hanWords.add(w);
      else if (anyHan(w) && !allHan(w)) this.mixedWords.add(w);
    }, this);
    this.maxWordLength = lexicon.maxWordLength;
    this.stopWords = new Set(lexicon.stopWords);
    this.english = new Map(Object.keys(lexicon.english).map(function (k) { return [k, lexicon.english[k]]; }));
    this.cache = new Map();
    this.segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }

  // TextNormalizer.Map: one output string per UTF-16 unit; surrogate pairs pass through.
  Analyzer.prototype.normalize = function (text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
        var next = text.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          out += text[i] + text[i + 1];
          i++;
          continue;
        }
      }
      out += this.mapChar(text[i], code);
    }
    return out;
  };

  Analyzer.prototype.mapChar = function (ch, code) {
    if (code < 0x80) {
      if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
      if (code < 32 || code === 127) return ' ';
      return ch;
    }
    var cached = this.cache.get(ch);
    if (cached !== undefined) return cached;
    var folded;
    if (code === 0x200B || code === 0x200C || code === 0x200D || code === 0xFEFF) folded = '';
    else if (code <= 0x9F || (code >= 0xD800 && code <= 0xDFFF)) folded = ' ';
    else {
      folded = ch.normalize('NFKC').toLowerCase();
      if (folded.length === 1 && isHan(folded.charCodeAt(0))) folded = this.t2s.get(folded) || folded;
    }
    this.cache.set(ch, folded);
    return folded;
  };

  // IcuWordSegmenter: word-like segments only (ICU rule status ≥ 100: numbers, letters, kana, ideographs) that hold
  // a letter or digit.
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
  Analyzer.prototype.segment = function (text) {
    var tokens = [];
    if (this.segmenter) {
      for (var s of this.segmenter.segment(text)) {
        if (s.isWordLike && LETTER_OR_DIGIT.test(s.segment)) tokens.push({ term: s.segment, start: s.index, end: s.index + s.segment.length });
      }
      return tokens;
    }
    // Without Intl.Segmenter (very old browsers): Han characters one by one, other letters and digits in runs.
    var re = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[^\s\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF!-\/:-@\[-`{-~\u3000-\u303F\uFF00-\uFF0F]+/g;
    var m;
    while ((m = re.exec(text)) !== null) tokens.push({ term: m[0], start: m.index, end: m.index + m[0].length });
    return tokens;
  };

  // LexiconMerger.Merge
  Analyzer.prototype.merge = function (text, tokens) {
    if ((this.hanWords.size === 0 && this.mixedWords.size === 0) || tokens.length === 0) return tokens;
    if (this.mixedWords.size > 0) tokens = this.joinMixed(text, tokens);
    var output = [];
    var i = 0;
    while (i < tokens.length) {
      if (!allHan(tokens[i].term)) {
        output.push(tokens[i++]);
        continue;
      }
      var runEnd = i + 1;
      while (runEnd < tokens.length && tokens[runEnd].start === tokens[runEnd - 1].end && allHan(tokens[runEnd].term)) runEnd++;
      this.recutRun(text, tokens, i, runEnd, output);
      i = runEnd;
    }
    return output;
  };

  Analyzer.prototype.joinMixed = function (text, tokens) {
    var output = [];
    var i = 0;
    while (i < tokens.length) {
      var joined = 0;
      for (var n = Math.min(3, tokens.length - i); n >= 2 && joined === 0; n--) {
        var last = tokens[i + n - 1];
        var adjacent = true;
        for (var k = i + 1; k < i + n; k++) adjacent = adjacent && tokens[k].start === tokens[k - 1].end;
        if (adjacent && this.mixedWords.has(text.slice(tokens[i].start, last.end))) joined = n;
      }
      if (joined === 0) {
        output.push(tokens[i++]);
        continue;
      }
      var end = tokens[i + joined - 1].end;
      output.push({ term: text.slice(tokens[i].start, end), start: tokens[i].start, end: end });
      i += joined;
    }
    return output;
  };

  Analyzer.prototype.recutRun = function (text, tokens, first, end, output) {
    var runStop = tokens[end - 1].end;
    var p = tokens[first].start;
    var t = first;
    while (p < runStop) {
      var length = this.longestWordAt(text, p, runStop);
      if (length > 0) {
        output.push({ term: text.substr(p, length), start: p, end: p + length });
        p += length;
        continue;
      }
      while (tokens[t].end <= p) t++; // the ICU token covering p; its end is the next boundary
      var next = tokens[t].end;
      output.push({ term: text.slice(p, next), start: p, end: next });
      p = next;
    }
  };

  Analyzer.prototype.longestWordAt = function (text, start, stop) {
    for (var length = Math.min(this.maxWordLength, stop - start); length >= 2; length--) {
      if (this.hanWords.has(text.substr(start, length))) return length;
    }
    return 0;
  };

  // EnglishGlossary.Expand: the English word, then its Chinese glosses at the same offsets.
  Analyzer.prototype.gloss = function (tokens) {
    if (this.english.size === 0) return tokens;
    var output = [];
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      output.push(t);
      var chinese = this.english.get(t.term);
      if (chinese) for (var k = 0; k < chinese.length; k++) output.push({ term: chinese[k], start: t.start, end: t.end });
    }
    return output;
  };

  // QueryTerms.PinyinWords: Latin words that may be pinyin typed for a Chinese word; English glossary words never are.
  Analyzer.prototype.isPinyinWord = function (word) {
    return word.length >= 4 && /^[a-z]+$/.test(word) && !this.english.has(word);
  };

  // CjkBigrams.Extract
  Analyzer.prototype.bigrams = function (text) {
    var grams = [];
    var i = 0;
    while (i < text.length) {
      if (!isHan(text.charCodeAt(i))) {
        i++;
        continue;
      }
      var runStart = i;
      while (i < text.length && isHan(text.charCodeAt(i))) i++;
      if (i - runStart === 1) {
        grams.push({ term: text.slice(runStart, i), start: runStart, end: i });
        continue;
      }
      for (var k = runStart; k + 1 < i; k++) grams.push({ term: text.substr(k, 2), start: k, end: k + 2 });
    }
    return grams;
  };

  // PinyinBigrams.Spell (one gram)
  Analyzer.prototype.spell = function (gram) {
    if (gram.length === 2) return (this.pinyin.get(gram[0]) || gram[0]) + (this.pinyin.get(gram[1]) || gram[1]);
    if (gram.length === 1) return this.pinyin.get(gram) || gram;
    return gram;
  };

  // Analyzer.Analyze + QueryTerms.From: distinct terms of each representation and the typo spellings.
  Analyzer.prototype.analyze = function (query, ranking) {
    var text = this.normalize(query || '');
    var self = this;
    var words = this.gloss(this.merge(text, this.segment(text)))
      .filter(function (t) { return !self.stopWords.has(t.term); })
      .map(function (t) { var c = self.canonical.get(t.term); return c ? { term: c, start: t.start, end: t.end } : t; });
    var grams = this.bigrams(text);
    var singles = new Set();
    words.forEach(function (t) { if (t.term.length === 1 && t.end - t.start === 1) singles.add(t.start); });
    var spellings = [];
    var seenSpellings = new Set();
    grams.forEach(function (g) {
      if (g.term.length !== 2 || !singles.has(g.start) || !singles.has(g.start + 1)) return;
      var spelling = self.spell(g.term);
      var key = g.term + '\u0000' + spelling;
      if (seenSpellings.has(key)) return;
      seenSpellings.add(key);
      spellings.push({ bigram: g.term, pinyin: spelling });
    });
    spellings = spellings.slice(0, ranking.maxBigramTerms);
    // QueryTerms.Straddling: bigrams none of whose occurrences lies inside one word or touches a single-character word
    // (whose other character is not a dropped stop word).
    var inside = new Set();
    var outside = new Set();
    grams.forEach(function (g) {
      if (g.term.length !== 2) return;
      var kept = function (at) { return words.some(function (w) { return w.start <= at && at < w.end; }); };
      var touchesSingle = (singles.has(g.start) || singles.has(g.start + 1)) && kept(g.start) && kept(g.start + 1);
      var within = touchesSingle ||
        words.some(function (w) { return w.start <= g.start && g.end <= w.end; });
      (within ? inside : outside).add(g.term);
    });
    inside.forEach(function (term) { outside.delete(term); });
    var wordTerms = distinct(words.map(function (t) { return t.term; })).slice(0, ranking.maxWordTerms);
    wordTerms.forEach(function (w) {
      if (!self.isPinyinWord(w)) return;
      var key = w + '\u0000' + w;
      if (seenSpellings.has(key)) return;
      seenSpellings.add(key);
      spellings.push({ bigram: w, pinyin: w });
    });
    return {
      words: wordTerms,
      bigrams: distinct(grams.map(function (t) { return t.term; })).slice(0, ranking.maxBigramTerms),
      spellings: spellings.slice(0, ranking.maxBigramTerms),
      straddling: outside
    };
  };

  function distinct(list) {
    var seen = new Set();
    return list.filter(function (x) { if (seen.has(x)) return false; seen.add(x); return true; });
  }

  // ---------------------------------------------------------------- index

  // One representation's postings, decoded on first use. Entry grammar: <doc delta><field letter a–h>[count]…
  function Table(raw) {
    this.raw = raw.postings;
    this.lengths = raw.lengths;
    var total = 0;
    for (var i = 0; i < raw.lengths.length; i++) total += raw.lengths[i];
    this.averageLength = raw.lengths.length === 0 ? 0 : total / raw.lengths.length; // as the C# TermTable: tokens / rows
    this.decoded = new Map();
  }

  Table.prototype.has = function (token) {
    return Object.prototype.hasOwnProperty.call(this.raw, token);
  };

  Table.prototype.get = function (token) {
    var list = this.decoded.get(token);
    if (list) return list;
    if (!this.has(token)) return null;
    list = decode(this.raw[token]);
    this.decoded.set(token, list);
    return list;
  };

  function decode(text) {
    var docs = [];
    var counts = [];
    var doc = 0;
    var entries = text.split(',');
    for (var e = 0; e < entries.length; e++) {
      var s = entries[e];
      var i = 0;
      var delta = 0;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) delta = delta * 10 + (s.charCodeAt(i++) - 48);
      doc += delta;
      var fields = [0, 0, 0, 0, 0, 0, 0, 0];
      while (i < s.length) {
        var field = s.charCodeAt(i++) - 97;
        var count = 0;
        while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) count = count * 10 + (s.charCodeAt(i++) - 48);
        fields[field] = count === 0 ? 1 : count;
      }
      docs.push(doc);
      counts.push(fields);
    }
    return { docs: docs, counts: counts };
  }

  // TermIndex.Pinyin: the bigram postings merged by spelling. Built per spelling, on demand (typo queries only).
  function PinyinTable(grams, analyzer) {
    this.grams = grams;
    this.lengths = grams.lengths;
    this.averageLength = grams.averageLength;
    this.bySpelling = null;
    this.analyzer = analyzer;
    this.decoded = new Map();
  }

  PinyinTable.prototype.spellings = function () {
    if (!this.bySpelling) {
      this.bySpelling = new Map();
      var keys = Object.keys(this.grams.raw);
      for (var i = 0; i < keys.length; i++) {
        var spelling = this.analyzer.spell(keys[i]);
        var list = this.bySpelling.get(spelling);
        if (!list) this.bySpelling.set(spelling, list = []);
        list.push(keys[i]);
      }
    }
    return this.bySpelling;
  };

  PinyinTable.prototype.has = function (spelling) {
    return this.spellings().has(spelling);
  };

  PinyinTable.prototype.get = function (spelling) {
    var merged = this.decoded.get(spelling);
    if (merged) return merged;
    var grams = this.spellings().get(spelling);
    if (!grams) return null;
    var byDoc = new Map();
    for (var g = 0; g < grams.length; g++) {
      var list = this.grams.get(grams[g]);
      for (var i = 0; i < list.docs.length; i++) {
        var sum = byDoc.get(list.docs[i]);
        if (!sum) byDoc.set(list.docs[i], sum = [0, 0, 0, 0, 0, 0, 0, 0]);
        for (var f = 0; f < 8; f++) sum[f] += list.counts[i][f];
      }
    }
    var docs = Array.from(byDoc.keys()).sort(function (a, b) { return a - b; });
    merged = { docs: docs, counts: docs.map(function (d) { return byDoc.get(d); }) };
    this.decoded.set(spelling, merged);
    return merged;
  };

  // ---------------------------------------------------------------- ranking (Ranker)

  function classicIdf(documents, containing) {
    var idf = Math.log((documents - containing + 0.5) / (containing + 0.5));
    return idf <= 0 ? 1e-6 : idf;
  }

  function luceneIdf(documents, containing) {
    return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
  }

  function Ranker(d, analyzer) {
    this.ranking = d.ranking;
    this.documents = d.docs.length;
    this.docs = d.docs;
    this.words = new Table(d.words);
    this.grams = new Table(d.grams);
    this.pinyin = new PinyinTable(this.grams, analyzer);
  }

  Ranker.prototype.frequency = function (table, list, i, weights) {
    var f = 0;
    var counts = list.counts[i];
    for (var c = 0; c < 8; c++) f += weights[c] * counts[c];
    var k1 = this.ranking.k1;
    var b = this.ranking.b;
    return f * (k1 + 1) / (f + k1 * (1 - b + b * table.lengths[list.docs[i]] / table.averageLength));
  };

  Ranker.prototype.score = function (table, terms, weights, candidates) {
    var self = this;
    var n = this.documents;
    var found = terms.filter(function (t) { return table.has(t[0]); });
    if (found.length === 0) return [];
    var pool = new Map();
    distinct(found.map(function (t) { return t[0]; })).forEach(function (term) {
      var list = table.get(term);
      var idf = classicIdf(n, list.docs.length);
      for (var i = 0; i < list.docs.length; i++) {
        pool.set(list.docs[i], (pool.get(list.docs[i]) || 0) + idf * self.frequency(table, list, i, weights));
      }
    });
    var members = new Set(Array.from(pool.entries())
      .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .slice(0, candidates)
      .map(function (e) { return e[0]; }));
    var byTerm = new Map();
    found.forEach(function (t) {
      var list = table.get(t[0]);
      var idf = luceneIdf(n, list.docs.length);
      var scores = new Map();
      for (var i = 0; i < list.docs.length; i++) {
        if (members.has(list.docs[i])) scores.set(list.docs[i], t[1] * idf * self.frequency(table, list, i, weights));
      }
      byTerm.set(t[0], scores);
    });
    var totals = new Map();
    byTerm.forEach(function (scores) {
      scores.forEach(function (value, doc) { totals.set(doc, (totals.get(doc) || 0) + value); });
    });
    return Array.from(totals.entries());
  };

  // ScoreFusion.Fuse: each list divided by its best score, mixed by share; ties by index order.
  function fuse(lists) {
    var fused = new Map();
    lists.forEach(function (entry) {
      var list = entry[0];
      var share = entry[1];
      if (list.length === 0) return;
      var best = Math.max.apply(null, list.map(function (x) { return x[1]; }));
      if (best <= 0) return;
      list.forEach(function (x) { fused.set(x[0], (fused.get(x[0]) || 0) + share * x[1] / best); });
    });
    return Array.from(fused.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  }

  Ranker.prototype.rank = function (terms, limit) {
    var r = this.ranking;
    var candidates = Math.max(r.minCandidates, limit * r.candidatesPerResult);
    var words = this.score(this.words, terms.words.map(function (t) { return [t, t.length === 1 ? r.singleCharacterWeight : 1]; }), r.words, candidates);
    var grams = this.score(this.grams, terms.bigrams.map(function (t) { return [t, terms.straddling.has(t) ? r.straddlingBigramWeight : 1]; }), r.bigrams, candidates);
    var self = this;
    var known = new Set(terms.bigrams.filter(function (t) { return self.grams.has(t); }));
    var unknown = distinct(terms.spellings
      .filter(function (s) { return !known.has(s.bigram); })
      .map(function (s) { return s.pinyin; }));
    var pinyin = unknown.length === 0 ? [] : this.score(this.pinyin, unknown.map(function (t) { return [t, 1]; }), r.pinyin, candidates);
    if (pinyin.length > 0 && r.correctedSpellingWeight > 0) grams = withCorrections(grams, pinyin, r.correctedSpellingWeight);
    return this.writtenFirst(fuse([[words, r.wordShare], [grams, r.bigramShare], [pinyin, r.pinyinShare]])).slice(0, limit);
  };

  // Ranker.WithCorrections: a likely typo's sound-alike scores also count in the bigram list, as the bigram meant.
  function withCorrections(grams, pinyin, weight) {
    var sums = new Map();
    grams.forEach(function (x) { sums.set(x[0], x[1]); });
    pinyin.forEach(function (x) { sums.set(x[0], (sums.get(x[0]) || 0) + weight * x[1]); });
    return Array.from(sums.entries());
  }

  // Ranker.WrittenFirst: drafts and empty playbooks after every written one, each group in score order.
  Ranker.prototype.writtenFirst = function (fused) {
    var docs = this.docs;
    var unwritten = function (x) { return docs[x[0]][7] === 1; };
    return fused.filter(function (x) { return !unwritten(x); }).concat(fused.filter(unwritten));
  };

  // ---------------------------------------------------------------- public API

  var RESULT_LIMIT = 10;
  var engine = null;

  function ensureEngine() {
    if (!engine && data) {
      var analyzer = new Analyzer(data);
      engine = { analyzer: analyzer, ranker: new Ranker(data, analyzer) };
    }
    return engine;
  }

  /** Ranked playbooks for a query: [{id, title, category, severity, severityText, summary, tags, draft, steps, score}], best first. */
  function search(query, limit) {
    var e = ensureEngine();
    if (!e || !query || !query.trim()) return [];
    var terms = e.analyzer.analyze(query, data.ranking);
    return e.ranker.rank(terms, limit || RESULT_LIMIT).map(function (x) {
      var doc = data.docs[x[0]];
      return {
        id: doc[0], title: doc[1], category: doc[2], severity: doc[3], severityText: doc[9] || doc[3], summary: doc[4], tags: doc[5],
        draft: doc[6] === 1, steps: doc[8], score: x[1]
      };
    });
  }

  function analyze(query) {
    var e = ensureEngine();
    return e ? e.analyzer.analyze(query, data.ranking) : null;
  }

  window.PlaybooksSearch = { search: search, analyze: analyze };

  // ---------------------------------------------------------------- page

  var SEVERITY_CLASS = { '低': 'low', '中': 'medium', '高': 'high', '严重': 'critical' };

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The title with the query's words and bigrams marked; built from text nodes, never from HTML strings.
  function highlighted(title, terms) {
    var marks = new Array(title.length).fill(false);
    var normalized = engine.analyzer.normalize(title);
    terms.words.concat(terms.bigrams).forEach(function (term) {
      if (term.length < 2 || normalized.length !== title.length) return;
      var at = normalized.indexOf(term);
      while (at >= 0) {
        for (var i = at; i < at + term.length; i++) marks[i] = true;
        at = normalized.indexOf(term, at + 1);
      }
    });
    var fragment = document.createDocumentFragment();
    var i = 0;
    while (i < title.length) {
      var j = i;
      while (j < title.length && marks[j] === marks[i]) j++;
      fragment.appendChild(marks[i] ? element('mark', '', title.slice(i, j)) : document.createTextNode(title.slice(i, j)));
      i = j;
    }
    return fragment;
  }

  function renderResults(query, list, status) {
    list.textContent = '';
    if (!query.trim()) {
      status.textContent = '输入一句话描述你看到的情况，结果会随输入更新。';
      return;
    }
    if (!data) {
      status.textContent = '检索数据没有加载（缺少 search-data.js），请重新生成站点。';
      return;
    }
    var results = search(query, RESULT_LIMIT);
    if (results.length === 0) {
      status.textContent = '没有找到相关的预案。换个说法试试，或者浏览预案目录。';
      return;
    }
    // The count is of every playbook that matches, not of the ten shown: ranked again without the limit (the shown
    // ten stay the limited ranking's, which is the one `playbooks search` returns).
    var matches = results.length < RESULT_LIMIT ? results.length : Math.max(results.length, search(query, data.docs.length).length);
    status.textContent = matches > results.length
      ? '找到 ' + matches + ' 份相关预案，下面是最相关的 ' + results.length + ' 份。'
      : '找到 ' + results.length + ' 份相关预案，最相关的在前。';
    var terms = engine.analyzer.analyze(query, data.ranking);
    var stepsAt = results.findIndex(function (r) { return r.steps > 0; });
    results.forEach(function (r, index) {
      var item = element('li', 'result' + (index === 0 ? ' result-top' : ''));
      item.setAttribute('data-playbook-id', r.id);
      var heading = element('h2', 'result-title');
      var link = element('a');
      link.href = 'playbooks/' + encodeURIComponent(r.id) + '.html';
      link.appendChild(highlighted(r.title, terms));
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = element('p', 'card-meta');
      if (r.severityText) {
        var sev = element('span', 'sev sev-' + (SEVERITY_CLASS[r.severity] || 'unrated'));
        sev.appendChild(element('span', 'visually-hidden', '严重程度：'));
        sev.appendChild(document.createTextNode(r.severityText));
        meta.appendChild(sev);
      }
      if (r.category) meta.appendChild(element('span', 'category', r.category));
      if (r.draft) meta.appendChild(element('span', 'draft', '草稿'));
      item.appendChild(meta);
      if (r.summary) item.appendChild(element('p', 'card-summary', r.summary));
      // The handling steps are offered on the first result that has some (SearchResponse.StepsSource): a top hit
      // without steps must not leave the operator with none.
      if (index === stepsAt) {
        if (index > 0) item.appendChild(element('p', 'result-note', '首条结果还没有处理步骤，这一条有：'));
        var go = element('a', 'button button-primary result-action', '查看处理方法');
        go.href = 'playbooks/' + encodeURIComponent(r.id) + '.html#handling';
        item.appendChild(go);
      }
      list.appendChild(item);
    });
  }

  function remember(query) {
    var url = query.trim() ? '?q=' + encodeURIComponent(query) : location.pathname.split('/').pop();
    try {
      history.replaceState(null, '', url);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the results are shown all the same.
    }
  }

  function start() {
    var list = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var input = document.getElementById('search-input');
    if (!list || !status || !input) return;
    var query = new URLSearchParams(location.search).get('q') || '';
    input.value = query;
    renderResults(query, list, status);
    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        renderResults(input.value, list, status);
        remember(input.value);
      }, 120);
    });
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      renderResults(input.value, list, status);
      remember(input.value);
    });
    if (!query) input.focus();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
