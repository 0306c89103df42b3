// Search as you type on "/": debounced fetch of /api/search, results re-rendered with DOM APIs (never innerHTML),
// ↑/↓ to pick, Enter to open, Esc to clear; the query stays in the address bar (?q=) so the page can be shared.
// Without this script the form still works: the server renders results for /?q=….
(function () {
  "use strict";
  var DEBOUNCE_MS = 150;
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var status = document.getElementById("status");
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

  function render(response) {
    list.replaceChildren();
    selected = -1;
    response.results.forEach(function (hit) {
      var li = document.createElement("li");
      li.className = "result";
      li.dataset.playbookId = hit.id;
      var a = document.createElement("a");
      a.href = "/playbooks/" + encodeURIComponent(hit.id);
      a.textContent = hit.title;
      li.appendChild(a);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = hit.category + (hit.severity ? " · 严重程度：" + hit.severity : "");
      li.appendChild(meta);
      if (hit.snippets.length > 0) {
        var p = document.createElement("p");
        p.className = "snippet";
        p.textContent = hit.snippets[0].text;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    status.textContent = response.results.length === 0 ? "没有找到相关预案，换个说法试试。"
      : response.weak ? "没有明显对口的预案，以下是最接近的几份。"
      : "找到 " + response.results.length + " 份相关预案。";
  }

  function search() {
    var q = input.value;
    keepInUrl(q.trim() ? q : "");
    if (!q.trim()) { list.replaceChildren(); status.textContent = ""; return; }
    var mine = ++latest;
    fetch("/api/search?limit=10&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        if (mine !== latest) return;
        if (answer.ok) render(answer.body);
        else { list.replaceChildren(); status.textContent = answer.body.detail || "检索失败"; }
      })
      .catch(function () { if (mine === latest) status.textContent = "连接服务失败，请稍后再试。"; });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });

  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); select(selected + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); select(selected - 1); }
    else if (e.key === "Escape") {
      e.preventDefault(); clearTimeout(timer); latest++;
      input.value = ""; list.replaceChildren(); status.textContent = ""; selected = -1; keepInUrl("");
    } else if (e.key === "Enter" && selected >= 0) {
      e.preventDefault();
      var link = items()[selected].querySelector("a");
      if (link) location.assign(link.href);
    }
  });
})();
