/*
 * Small enhancements for pages that have them; every page works without this file. No inline handlers anywhere,
 * so the pages also run under a strict Content-Security-Policy (script-src 'self') when served. Loaded by every page
 * (SiteLayout), from file:// as well as from a server: nothing here fetches anything.
 */
(function () {
  'use strict';

  // "打印 / 存为 PDF": hidden in the markup, shown only when it can work.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  // "/" jumps to the search box, as on many sites; typing "/" into a field still types it.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector('main input[type=search]') || document.querySelector('input[type=search]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // Announcement scripts (话术): a quotation in a playbook is text to paste into a group or a reply, so it gets a
  // copy button. The Clipboard API needs a secure context; file:// pages are one in Chromium, and elsewhere the old
  // selection-and-copy command is the fallback.
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      area.remove();
      if (copied) resolve(); else reject(new Error('copy refused'));
    });
  }

  document.querySelectorAll('.playbook .part blockquote').forEach(function (quote) {
    var wrapper = document.createElement('div');
    wrapper.className = 'script-block';
    quote.parentNode.insertBefore(wrapper, quote);
    wrapper.appendChild(quote);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small copy-script';
    button.textContent = '复制话术';
    var reset = 0;
    button.addEventListener('click', function () {
      copy(quote.innerText.trim()).then(function () { button.textContent = '已复制'; }, function () {
        button.textContent = '复制失败，请手动选中文字复制';
      }).then(function () {
        clearTimeout(reset);
        reset = setTimeout(function () { button.textContent = '复制话术'; }, 2000);
      });
    });
    wrapper.appendChild(button);
  });

  // The table of contents marks the part being read: the last one whose heading has scrolled past the top.
  var toc = document.querySelector('.toc');
  if (toc) {
    var entries = Array.prototype.map.call(toc.querySelectorAll('a[href^="#"]'), function (link) {
      return { link: link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) };
    }).filter(function (entry) { return entry.target; });
    var pending = false;
    var mark = function () {
      pending = false;
      var current = null;
      entries.forEach(function (entry) { if (entry.target.getBoundingClientRect().top <= 120) current = entry; });
      entries.forEach(function (entry) {
        if (entry === current) entry.link.setAttribute('aria-current', 'location');
        else entry.link.removeAttribute('aria-current');
      });
    };
    window.addEventListener('scroll', function () {
      if (!pending) { pending = true; window.requestAnimationFrame(mark); }
    }, { passive: true });
    mark();
  }

  // The catalog's filter: by severity and category, in place. Hidden in the markup (without this script every
  // playbook is listed anyway); sections left empty are hidden, and the count says how many remain.
  document.querySelectorAll('[data-catalog-filter]').forEach(function (form) {
    form.hidden = false;
    var severity = form.elements.namedItem('severity');
    var category = form.elements.namedItem('category');
    var count = form.querySelector('.filter-count');
    var sections = Array.prototype.slice.call(document.querySelectorAll('section.category'));
    var guides = document.getElementById('guides');
    var apply = function () {
      var shown = 0;
      var total = 0;
      sections.forEach(function (section) {
        var inSection = 0;
        var categoryMatches = !category.value || section.id === category.value;
        section.querySelectorAll('.card[data-playbook-id]').forEach(function (card) {
          total++;
          var matches = categoryMatches && (!severity.value || card.getAttribute('data-severity') === severity.value);
          card.hidden = !matches;
          if (matches) inSection++;
        });
        section.hidden = inSection === 0;
        shown += inSection;
      });
      var filtering = Boolean(severity.value || category.value);
      if (guides) guides.hidden = filtering;
      count.textContent = !filtering ? '' : shown === 0 ? '没有符合条件的预案，换个条件试试。' : '显示 ' + shown + ' / ' + total + ' 份预案';
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    apply();
  });

  // "复制处理清单": the text is precomputed by the site generator (the same C# formatter as `show --checklist`); this
  // only puts it on the clipboard, with copy()'s fallback where the Clipboard API is unavailable.
  document.querySelectorAll('[data-copy-checklist]').forEach(function (button) {
    var status = button.parentElement.querySelector('.copy-status');
    var say = function (text) { if (status) { status.textContent = text; } };
    button.hidden = false;
    button.addEventListener('click', function () {
      copy(button.getAttribute('data-copy-checklist')).then(
        function () { say('已复制，可以直接粘贴到群里'); },
        function () { say('复制失败：请选中下面的步骤手动复制'); });
    });
  });
})();
