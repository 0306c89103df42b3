// Search as you type on "/": debounced fetch of /api/search, results re-rendered with DOM APIs (never innerHTML),
// ↑/↓ to pick, Enter to open, Esc to clear; the query stays in the address bar (?q=) so the page can be shared.
// Without this script the form still works: the server renders results for /?q=….
(function () {
  "use strict";
  var DEBOUNCE_MS = 150;
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var status = document.getElementById("status");
  var examples = document.getElementById("examples");
  if (!input || !list) return;

  var timer = 0;
  var latest = 0; // sequence number: only the newest answer is shown
  var selected = -1;

  function items() { return Array.prototype.slice.call(list.querySelectorAll(".result")); }

  function select(index) {
    var all = items();
    if (all.length === 0) { selected = -1; return; }
    selected = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (li, i) { li.setAttribute("aria-selected", i === selected ? "true" : "false"); });
    all[selected].scrollIntoView({ block: "nearest" });
  }

  function keepInUrl(q) {
    var url = q ? "/?q=" + encodeURIComponent(q) : "/";
    history.replaceState(null, "", url);
  }

  // Canonical severity names (as the index stores them) → the site's badge classes (SeverityBadge); the badge shows
  // the team's own label (severityLabel, e.g. P0) and is grey when the label is on no known scale.
  var SEVERITY_CLASS = { "低": "low", "中": "medium", "高": "high", "严重": "critical" };

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Every field this script reads from /api/search, in one place: the rest of the script sees only this shape.
  function fromApi(body) {
    return {
      weak: body.weak === true,
      results: body.results.map(function (hit) {
        var snippet = hit.snippets && hit.snippets[0];
        return {
          id: hit.id, title: hit.title, category: hit.category, severity: hit.severity, severityLabel: hit.severityLabel,
          draft: hit.draft === true, steps: hit.handlingSteps || [], handlingText: hit.handlingText || null,
          snippet: snippet ? { text: snippet.text, highlights: snippet.highlights || [] } : null
        };
      })
    };
  }

  // Text and emphasised runs as nodes (TextRuns.cs splits the same way on the server).
  function appendRuns(parent, runs, tag) {
    runs.forEach(function (run) {
      parent.appendChild(run.emphasis ? element(tag, "", run.text) : document.createTextNode(run.text));
    });
  }

  // TextRuns.Highlighted: [start, length] pairs in UTF-16 units, clipped, in order.
  function highlightedRuns(text, highlights) {
    var runs = [];
    var at = 0;
    highlights.filter(function (h) { return h.length === 2; })
      .sort(function (a, b) { return a[0] - b[0]; })
      .forEach(function (h) {
        var start = Math.min(Math.max(h[0], at), text.length);
        var end = Math.min(Math.max(h[0] + h[1], start), text.length);
        if (start > at) runs.push({ text: text.slice(at, start), emphasis: false });
        if (end > start) runs.push({ text: text.slice(start, end), emphasis: true });
        at = Math.max(at, end);
      });
    if (at < text.length) runs.push({ text: text.slice(at), emphasis: false });
    return runs;
  }

  // TextRuns.Step: **bold** (the step's role and time limit) emphasised; an unpaired last marker stays text.
  function stepRuns(markdown) {
    var parts = markdown.replace(/\n/g, " ").split("**");
    if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, parts[parts.length - 2] + "**" + parts[parts.length - 1]);
    return parts.map(function (text, i) { return { text: text, emphasis: i % 2 === 1 }; })
      .filter(function (run) { return run.text.length > 0; });
  }

  // SearchResponse.HandlingSource: the top result when it has handling (steps or paragraphs, so the operator reads
  // the right SOP's), else the first one with steps; -1 when none has any.
  function handlingAt(results) {
    if (results.length > 0 && (results[0].steps.length > 0 || results[0].handlingText)) return 0;
    return results.findIndex(function (hit) { return hit.steps.length > 0; });
  }

  // HandlingExcerpt.Note: above a 处理方法 written as paragraphs.
  var PROSE_NOTE = "处理方法写成了段落，没有编号步骤，以下是开头部分：";

  // The markup LiveSearchPage.razor renders on the server for /?q=…; keep the two in step.
  function render(response) {
    list.replaceChildren();
    selected = -1;
    showExamples(false);
    var shownAt = handlingAt(response.results);
    response.results.forEach(function (hit, index) {
      var li = element("li", index === 0 ? "result result-top" : "result");
      li.dataset.playbookId = hit.id;
      var a = element("a", "", hit.title);
      a.href = "/playbooks/" + encodeURIComponent(hit.id);
      li.appendChild(a);
      var meta = element("p", "card-meta");
      var severityText = severityLabel(hit);
      if (severityText) {
        var badge = element("span", "sev sev-" + (SEVERITY_CLASS[hit.severity] || "unrated"));
        badge.appendChild(element("span", "visually-hidden", "严重程度："));
        badge.appendChild(document.createTextNode(severityText));
        meta.appendChild(badge);
      }
      meta.appendChild(element("span", "category", hit.category || "未分类"));
      if (hit.draft) meta.appendChild(element("span", "draft", "草稿"));
      li.appendChild(meta);
      if (hit.snippet) {
        var summary = element("p", "card-summary");
        appendRuns(summary, highlightedRuns(hit.snippet.text, hit.snippet.highlights), "mark");
        li.appendChild(summary);
      }
      if (index === shownAt) {
        if (index > 0) li.appendChild(element("p", "result-note", "首条结果还没有处理步骤，这一条有："));
        if (hit.steps.length > 0) {
          var steps = element("ol", "result-steps");
          steps.setAttribute("aria-label", "处理步骤");
          hit.steps.forEach(function (step) {
            var item = element("li");
            appendRuns(item, stepRuns(step), "strong");
            steps.appendChild(item);
          });
          li.appendChild(steps);
        } else {
          li.appendChild(element("p", "result-note", PROSE_NOTE));
          var prose = element("div", "result-handling");
          hit.handlingText.split("\n").forEach(function (line) {
            var paragraph = element("p");
            appendRuns(paragraph, stepRuns(line), "strong");
            prose.appendChild(paragraph);
          });
          li.appendChild(prose);
        }
        var go = element("a", "button button-primary result-action", "查看处理方法");
        go.href = "/playbooks/" + encodeURIComponent(hit.id) + "#handling";
        li.appendChild(go);
      }
      list.appendChild(li);
    });
    status.textContent = response.results.length === 0 ? "没有找到相关预案，换个说法试试。"
      : response.weak ? "没有明显对口的预案，以下是最接近的几份。"
      : "找到 " + response.results.length + " 份相关预案。";
  }

  // The example queries show only while the box is empty.
  function showExamples(show) {
    if (examples) examples.hidden = !show;
  }

  // Severities.DisplayName: the team's label where it differs from the canonical name, 未定级 after an unknown one.
  function severityLabel(hit) {
    var label = (hit.severityLabel || "").trim();
    if (!label) return hit.severity || "";
    if (!hit.severity) return label + "（未定级）";
    return label;
  }

  function search() {
    var q = input.value;
    keepInUrl(q.trim() ? q : "");
    if (!q.trim()) { list.replaceChildren(); status.textContent = ""; showExamples(true); return; }
    var mine = ++latest;
    fetch("/api/search?limit=10&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        if (mine !== latest) return;
        if (answer.ok) render(fromApi(answer.body));
        else { list.replaceChildren(); status.textContent = answer.body.detail || "检索失败"; }
      })
      .catch(function () { if (mine === latest) status.textContent = "连接服务失败，请稍后再试。"; });
  }

  // The site's search box has no autofocus attribute; on this page typing should start at once.
  if (!input.value) input.focus();

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); select(selected + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); select(selected - 1); }
    else if (e.key === "Escape") {
      e.preventDefault(); clearTimeout(timer); latest++;
      input.value = ""; list.replaceChildren(); status.textContent = ""; selected = -1; keepInUrl(""); showExamples(true);
    } else if (e.key === "Enter" && selected >= 0) {
      e.preventDefault();
      var link = items()[selected].querySelector("a");
      if (link) location.assign(link.href);
    }
  });
})();
