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
})();
