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
 * Data: served, the chunked index under search/ (a manifest, then only the term shards of the query and the display
 * chunks of the hits; ChunkedSearchData.cs); from file://, window.PLAYBOOKS_SEARCH_DATA from search-data.js, the whole
 * index in one script (BrowserSearchData.cs). Both rank identically: the manifest carries every length and count BM25
 * needs, and a shard holds a term's whole posting list.
 */
(function () {
  'use strict';

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
    this.syllables = new Set(d.syllables);
    this.maxSyllableLength = d.syllables.reduce(function (max, s) { return Math.max(max, s.length); }, 0);
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
    return word.length >= 4 && this.isLatin(word);
  };

  Analyzer.prototype.isLatin = function (word) {
    return /^[a-z]+$/.test(word) && !this.english.has(word);
  };

  // QueryTerms.IsSyllableWord
  Analyzer.prototype.isSyllableWord = function (word) {
    return this.syllables.has(word) && this.isLatin(word);
  };

  // PinyinSyllables.Split: the fewest syllables, of equally few the longer first syllable; null if not pinyin.
  Analyzer.prototype.splitSyllables = function (word) {
    var none = Infinity;
    var fewest = new Array(word.length + 1);
    fewest[word.length] = 0;
    var i, length;
    for (i = word.length - 1; i >= 0; i--) {
      fewest[i] = none;
      for (length = 1; length <= this.maxSyllableLength && i + length <= word.length; length++)
        if (fewest[i + length] !== none && this.syllables.has(word.substr(i, length)))
          fewest[i] = Math.min(fewest[i], fewest[i + length] + 1);
    }
    if (word.length === 0 || fewest[0] === none) return null;
    var syllables = [];
    for (var at = 0; at < word.length;) {
      length = Math.min(this.maxSyllableLength, word.length - at);
      while (fewest[at + length] === none || fewest[at + length] + 1 !== fewest[at] || !this.syllables.has(word.substr(at, length)))
        length--;
      syllables.push(word.substr(at, length));
      at += length;
    }
    return syllables;
  };

  // QueryTerms.PinyinSpellings: pinyin words whole, then the syllable pairs of words of three or more syllables, then
  // the pairs of adjacent one-syllable words (tokens in query order).
  Analyzer.prototype.pinyinSpellings = function (wordTerms, tokens) {
    var out = [];
    var self = this;
    wordTerms.forEach(function (w) {
      if (!self.isPinyinWord(w)) return;
      out.push(w);
      var syllables = self.splitSyllables(w);
      if (syllables === null || syllables.length < 3) return;
      for (var i = 0; i + 1 < syllables.length; i++) out.push(syllables[i] + syllables[i + 1]);
    });
    for (var i = 0; i + 1 < tokens.length; i++)
      if (this.isSyllableWord(tokens[i].term) && this.isSyllableWord(tokens[i + 1].term)) out.push(tokens[i].term + tokens[i + 1].term);
    return out;
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
    this.pinyinSpellings(wordTerms, words).forEach(function (w) {
      var key = w + '\u0000' + w;
      if (seenSpellings.has(key)) return;
      seenSpellings.add(key);
      spellings.push({ bigram: w, pinyin: w });
    });
    return {
      words: wordTerms,
      // QueryTerms.TypedAlone: a lone Han character no word touches is looked up as a word only.
      bigrams: distinct(grams.filter(function (g) {
        return g.term.length !== 1 || words.some(function (w) { return w.end === g.start || w.start === g.end; });
      }).map(function (t) { return t.term; })).slice(0, ranking.maxBigramTerms),
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
  // Postings arrive all at once (search-data.js) or shard by shard (ChunkedStore.loadTerms); a token's list is always whole.
  function Table(lengths) {
    this.raw = Object.create(null);
    this.lengths = lengths;
    var total = 0;
    for (var i = 0; i < lengths.length; i++) total += lengths[i];
    this.averageLength = lengths.length === 0 ? 0 : total / lengths.length; // as the C# TermTable: tokens / rows
    this.decoded = new Map();
    this.added = []; // token lists not yet seen by the pinyin table
  }

  Table.prototype.add = function (postings) {
    var tokens = Object.keys(postings);
    for (var i = 0; i < tokens.length; i++) this.raw[tokens[i]] = postings[tokens[i]];
    this.added.push(tokens);
  };

  Table.prototype.has = function (token) {
    return this.raw[token] !== undefined;
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

  // TermIndex.Pinyin: the bigram postings merged by spelling. Built per spelling, on demand (typo queries only). The
  // shards hold every bigram of a spelling together (ChunkedSearchData), so a spelling once known is complete.
  function PinyinTable(grams, analyzer) {
    this.grams = grams;
    this.lengths = grams.lengths;
    this.averageLength = grams.averageLength;
    this.bySpelling = new Map();
    this.analyzer = analyzer;
    this.decoded = new Map();
  }

  PinyinTable.prototype.spellings = function () {
    var added = this.grams.added;
    while (added.length > 0) {
      var keys = added.pop();
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

  // ---------------------------------------------------------------- data (BrowserSearchData, ChunkedSearchData)

  // TermShards.Of: FNV-1a over UTF-16 code units, modulo the shard count.
  function shardOf(key, count) {
    var hash = 0x811C9DC5;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return hash % count;
  }

  // The whole index in one script (search-data.js): everything is there from the start.
  function WholeStore(d) {
    this.mode = 'whole';
    this.data = d;
    this.count = d.docs.length;
    this.unwritten = d.docs.map(function (doc) { return doc[7] === 1; });
    this.folders = d.folders;
    this.words = new Table(d.words.lengths);
    this.words.add(d.words.postings);
    this.grams = new Table(d.grams.lengths);
    this.grams.add(d.grams.postings);
  }

  WholeStore.prototype.loadTerms = function () { return Promise.resolve(); };
  WholeStore.prototype.loadDocs = function () { return Promise.resolve(); };
  WholeStore.prototype.doc = function (i) { return this.data.docs[i]; };

  // The chunked index (search/): the manifest, then the term shards of each query and the display chunks of its hits.
  function ChunkedStore(manifest, base) {
    this.mode = 'chunks';
    this.data = manifest;
    this.base = base;
    this.count = manifest.count;
    this.unwritten = new Array(manifest.count).fill(false);
    manifest.unwritten.forEach(function (doc) { this.unwritten[doc] = true; }, this);
    this.folders = manifest.folders;
    this.words = new Table(manifest.words.lengths);
    this.grams = new Table(manifest.grams.lengths);
    this.shards = new Map();
    this.chunks = new Map();
    this.docs = [];
  }

  ChunkedStore.prototype.url = function (path) {
    return new URL(path + '?v=' + this.data.fingerprint, this.base).href;
  };

  // Every shard a query's terms can be in: words by their text, bigrams and typo spellings by the pinyin spelling.
  ChunkedStore.prototype.loadTerms = function (terms, analyzer) {
    var count = this.data.shards;
    var wanted = new Set();
    terms.words.forEach(function (w) { wanted.add(shardOf(w, count)); });
    terms.bigrams.forEach(function (g) { wanted.add(shardOf(analyzer.spell(g), count)); });
    terms.spellings.forEach(function (s) { wanted.add(shardOf(s.pinyin, count)); });
    var self = this;
    return Promise.all(Array.from(wanted).map(function (shard) {
      if (!self.shards.has(shard)) {
        self.shards.set(shard, fetchJson(self.url('terms/' + shard + '.json.gz')).then(function (postings) {
          self.words.add(postings.words);
          self.grams.add(postings.grams);
        }));
      }
      return self.shards.get(shard);
    }));
  };

  ChunkedStore.prototype.loadDocs = function (docs) {
    var size = this.data.chunk;
    var self = this;
    return Promise.all(distinct(docs.map(function (doc) { return Math.floor(doc / size); })).map(function (chunk) {
      if (!self.chunks.has(chunk)) {
        self.chunks.set(chunk, fetchJson(self.url('docs/' + chunk + '.json.gz')).then(function (list) {
          list.forEach(function (doc, i) { self.docs[chunk * size + i] = doc; });
        }));
      }
      return self.chunks.get(chunk);
    }));
  };

  ChunkedStore.prototype.doc = function (i) { return this.docs[i]; };

  // A gzip file as JSON. A host that labels .gz files Content-Encoding: gzip has the browser unpack them already:
  // without the gzip header (1F 8B) the bytes are read as they are.
  function fetchJson(url, init) {
    return fetch(url, init).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      if (bytes.length < 2 || bytes[0] !== 0x1F || bytes[1] !== 0x8B) return new TextDecoder().decode(bytes);
      return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    }).then(JSON.parse);
  }

  // search-data.js through a script element: the one way to load data that works from file://, where fetch() fails.
  function loadWhole(src) {
    return new Promise(function (resolve, reject) {
      if (window.PLAYBOOKS_SEARCH_DATA) return resolve(window.PLAYBOOKS_SEARCH_DATA);
      var script = document.createElement('script');
      script.src = src;
      script.onload = function () { window.PLAYBOOKS_SEARCH_DATA ? resolve(window.PLAYBOOKS_SEARCH_DATA) : reject(new Error(src)); };
      script.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(script);
    });
  }

  // ---------------------------------------------------------------- ranking (Ranker)

  function classicIdf(documents, containing) {
    var idf = Math.log((documents - containing + 0.5) / (containing + 0.5));
    return idf <= 0 ? 1e-6 : idf;
  }

  function luceneIdf(documents, containing) {
    return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
  }

  function Ranker(store, analyzer) {
    this.ranking = store.data.ranking;
    this.documents = store.count;
    this.unwritten = store.unwritten;
    this.folders = store.folders;
    this.words = store.words;
    this.grams = store.grams;
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
    var fused = fuse([[words, r.wordShare], [grams, r.bigramShare], [pinyin, r.pinyinShare]]);
    return this.writtenFirst(this.folderSmoothing(fused)).slice(0, limit);
  };

  // FolderSmoothing.Apply: each score mixed with the mean of its folder's best scores, summed in fused order and
  // mixed as written there, so both give the same doubles. No folders (an empty array): no folder structure.
  Ranker.prototype.folderSmoothing = function (fused) {
    var folders = this.folders;
    var share = this.ranking.folderShare;
    var members = this.ranking.folderMembers;
    if (!(share > 0) || members < 1 || folders.length === 0 || fused.length === 0) return fused;
    var best = new Map();
    fused.forEach(function (x) {
      var folder = folders[x[0]];
      var seen = best.get(folder) || [0, 0];
      if (seen[1] < members) best.set(folder, [seen[0] + x[1], seen[1] + 1]);
    });
    return fused.map(function (x) { return [x[0], (1 - share) * x[1] + share * best.get(folders[x[0]])[0] / members]; })
      .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
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
    var flags = this.unwritten;
    var unwritten = function (x) { return flags[x[0]]; };
    return fused.filter(function (x) { return !unwritten(x); }).concat(fused.filter(unwritten));
  };

  // ---------------------------------------------------------------- public API

  var RESULT_LIMIT = 10;
  var script = document.currentScript;
  var engine = null;
  var loading = null;

  // The chunked index where the page is served (search/index.json.gz, from data-search-index); search-data.js, the
  // whole index, from file:// (Chromium refuses fetch() there), without DecompressionStream, or when chunks fail.
  function ready() {
    if (!loading) {
      var index = address('data-search-index');
      var chunked = index && location.protocol !== 'file:' && typeof fetch === 'function' && typeof DecompressionStream === 'function'
        ? fetchJson(index, { cache: 'no-cache' }).then(function (manifest) { return useStore(new ChunkedStore(manifest, index)); })
        : Promise.reject(new Error('the chunked index cannot be fetched here'));
      loading = chunked.catch(whole);
    }
    return loading;
  }

  // A data-* address of this script's element, relative to the page as written.
  function address(attribute) {
    var value = script && script.getAttribute(attribute);
    return value ? new URL(value, location.href).href : null;
  }

  function useStore(store) {
    var analyzer = new Analyzer(store.data);
    engine = { analyzer: analyzer, store: store, ranker: new Ranker(store, analyzer) };
    return engine;
  }

  // Also when a chunk fails after the manifest loaded (a half-uploaded site, a dropped connection).
  function whole() {
    loading = loadWhole(address('data-search-fallback') || 'search-data.js').then(function (d) { return useStore(new WholeStore(d)); });
    return loading;
  }

  /**
   * Ranked playbooks for a query, best first: a promise of {results: [{id, title, category, severity, severityText,
   * summary, tags, draft, steps, handlingText, score}], matches: how many playbooks match in all, terms}.
   */
  function search(query, limit) {
    limit = limit || RESULT_LIMIT;
    return ready().then(function (e) {
      if (!query || !query.trim()) return { results: [], matches: 0, terms: null };
      var terms = e.analyzer.analyze(query, e.store.data.ranking);
      return e.store.loadTerms(terms, e.analyzer).then(function () {
        var ranked = e.ranker.rank(terms, limit);
        // The count is of every playbook that matches, not of the ones shown: ranked again without the limit (the
        // shown ones stay the limited ranking's, which is the one `playbooks search` returns).
        var matches = ranked.length < limit ? ranked.length : Math.max(ranked.length, e.ranker.rank(terms, e.store.count).length);
        return e.store.loadDocs(ranked.map(function (x) { return x[0]; })).then(function () {
          return {
            terms: terms,
            matches: matches,
            results: ranked.map(function (x) {
              var doc = e.store.doc(x[0]);
              return {
                id: doc[0], title: doc[1], category: doc[2], severity: doc[3], severityText: doc[9] || doc[3], summary: doc[4], tags: doc[5],
                draft: doc[6] === 1, steps: doc[8], handlingText: doc[10] || '', score: x[1]
              };
            })
          };
        });
      }).catch(function (error) {
        if (e.store.mode !== 'chunks') throw error;
        return whole().then(function () { return search(query, limit); });
      });
    });
  }

  function analyze(query) {
    return ready().then(function (e) { return e.analyzer.analyze(query, e.store.data.ranking); });
  }

  /** 'chunks' or 'whole': which form of the index this page loaded (a promise). */
  function mode() {
    return ready().then(function (e) { return e.store.mode; });
  }

  window.PlaybooksSearch = { search: search, analyze: analyze, mode: mode };

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

  // Answers arrive out of order when shards are fetched: only the latest query's answer is shown.
  var shown = 0;

  function renderResults(query, list, status) {
    var ticket = ++shown;
    if (!query.trim()) {
      list.removeAttribute('aria-busy');
      list.textContent = '';
      status.textContent = '输入一句话描述你看到的情况，结果会随输入更新。';
      return;
    }
    // Busy until this query's answer is shown (tests and assistive technology wait for it).
    list.setAttribute('aria-busy', 'true');
    if (!engine) status.textContent = '正在加载检索数据……';
    search(query, RESULT_LIMIT).then(function (answer) {
      if (ticket !== shown) return;
      list.removeAttribute('aria-busy');
      show(answer, list, status);
    }, function () {
      if (ticket !== shown) return;
      list.removeAttribute('aria-busy');
      list.textContent = '';
      status.textContent = '检索数据没有加载（缺少 search-data.js），请重新生成站点。';
    });
  }

  function show(answer, list, status) {
    var results = answer.results;
    var terms = answer.terms;
    list.textContent = '';
    if (results.length === 0) {
      status.textContent = '没有找到相关的预案。换个说法试试，或者浏览预案目录。';
      return;
    }
    status.textContent = answer.matches > results.length
      ? '找到 ' + answer.matches + ' 份相关预案，下面是最相关的 ' + results.length + ' 份。'
      : '找到 ' + results.length + ' 份相关预案，最相关的在前。';
    // SearchResponse.HandlingSource: the top result when it has handling (steps, or paragraphs shown by their start),
    // so the operator reads the right SOP's; otherwise the first one with steps, so a top hit without any does not
    // leave the operator with none.
    var handlingAt = results[0].steps > 0 || results[0].handlingText ? 0 : results.findIndex(function (r) { return r.steps > 0; });
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
      if (index === handlingAt) {
        if (index > 0) item.appendChild(element('p', 'result-note', '首条结果还没有处理步骤，这一条有：'));
        if (r.steps === 0) {
          // HandlingExcerpt.Note, then the excerpt's lines as written.
          item.appendChild(element('p', 'result-note', '处理方法写成了段落，没有编号步骤，以下是开头部分：'));
          var prose = element('div', 'result-handling');
          r.handlingText.split('\n').forEach(function (line) { prose.appendChild(element('p', '', line)); });
          item.appendChild(prose);
        }
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
    if (!query) {
      input.focus();
      ready(); // the manifest (or the whole index) loads while the reader types
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
