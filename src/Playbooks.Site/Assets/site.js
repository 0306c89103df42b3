/*
 * Small enhancements for pages that have them; every page works without this file. No inline handlers anywhere,
 * so the pages also run under a strict Content-Security-Policy (script-src 'self') when served.
 */
(function () {
  'use strict';

  // "打印 / 存为 PDF": hidden in the markup, shown only when it can work.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  // "复制处理清单": the text is precomputed by the site generator (the same C# formatter as `show --checklist`); this
  // only puts it on the clipboard. The Clipboard API needs a secure context (https, localhost, file:); elsewhere the
  // hidden-textarea fallback still works in every browser we support.
  document.querySelectorAll('[data-copy-checklist]').forEach(function (button) {
    var status = button.parentElement.querySelector('.copy-status');
    var say = function (text) { if (status) { status.textContent = text; } };
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-copy-checklist');
      var copied = function () { say('已复制，可以直接粘贴到群里'); };
      var fallback = function () {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.className = 'visually-hidden';
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        document.body.removeChild(area);
        if (ok) { copied(); } else { say('复制失败：请选中下面的步骤手动复制'); }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(copied, fallback);
      } else {
        fallback();
      }
    });
  });
})();
