/*
 * Drills (演练): keyboard answers, the reveal, progress in localStorage, and "随机演练". Every drill page works
 * without this file (radio buttons and a <details> reveal). Progress is kept only in this browser, under one key:
 * { "<playbook id>": { "correct": true|false } }. Storage may be refused (private mode, some file:// setups): the
 * drill then still works, it just forgets.
 */
(function () {
  'use strict';

  var KEY = 'playbooks.drills';

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || '{}') || {}; } catch (e) { return {}; }
  }

  function save(progress) {
    try { window.localStorage.setItem(KEY, JSON.stringify(progress)); } catch (e) { /* storage refused: forget */ }
  }

  function stateText(entry) {
    return !entry ? '' : entry.correct ? '已完成 · 答对' : '已完成 · 答错';
  }

  // "随机演练": a random drill not done yet (any drill once all are done); the link's own href is the list.
  document.querySelectorAll('[data-random-drill]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var ids = (link.getAttribute('data-drill-ids') || '').split(' ').filter(Boolean);
      if (ids.length === 0) return;
      var progress = load();
      var undone = ids.filter(function (id) { return !progress[id]; });
      var pool = undone.length > 0 ? undone : ids;
      var id = pool[Math.floor(Math.random() * pool.length)];
      event.preventDefault();
      window.location.href = link.getAttribute('data-drill-href').replace('ID_', id);
    });
  });

  // The list: each drill's state and the overall count.
  var list = document.querySelector('.drill-list');
  if (list) {
    var progress = load();
    var items = list.querySelectorAll('[data-drill-id]');
    var done = 0;
    items.forEach(function (item) {
      var entry = progress[item.getAttribute('data-drill-id')];
      if (entry) done++;
      item.classList.toggle('drill-done', Boolean(entry));
      item.querySelector('.drill-state').textContent = stateText(entry);
    });
    var counter = document.querySelector('.drill-progress');
    if (counter) counter.textContent = '已完成 ' + done + ' / ' + items.length;
  }

  // A drill page: 1–4 pick an option (arrow keys move between radios natively), Enter confirms.
  var drill = document.querySelector('.drill[data-drill-id]');
  if (!drill) return;
  var id = drill.getAttribute('data-drill-id');
  var form = drill.querySelector('.drill-question');
  var reveal = drill.querySelector('.drill-reveal');
  var verdict = drill.querySelector('.drill-verdict');
  var status = drill.querySelector('.drill-status');
  var radios = Array.prototype.slice.call(form.querySelectorAll('input[type=radio]'));
  var answer = Number(form.getAttribute('data-drill-answer'));
  form.querySelector('.hint').hidden = false;
  form.querySelector('button[type=submit]').hidden = false;

  var previous = load()[id];
  if (previous) status.textContent = '你已经做过这个演练（' + (previous.correct ? '答对' : '答错') + '），可以再练一次。';

  function choose(number) {
    var radio = radios[number - 1];
    if (!radio) return;
    radio.checked = true;
    radio.focus();
  }

  function submit() {
    var picked = radios.filter(function (r) { return r.checked; })[0];
    if (!picked) {
      verdict.textContent = '';
      status.textContent = '先选一项（按 1–' + radios.length + '），再按回车确认。';
      return;
    }
    var correct = Number(picked.value) === answer;
    var progress = load();
    progress[id] = { correct: correct };
    save(progress);
    verdict.textContent = correct ? '答对了！' : '不对：你选的是第 ' + picked.value + ' 项。';
    verdict.className = 'drill-verdict ' + (correct ? 'drill-correct' : 'drill-wrong');
    status.textContent = '';
    reveal.open = true;
    reveal.querySelector('.drill-playbook-link').focus();
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) || target.type === 'search')) return;
    if (/^[1-9]$/.test(event.key) && Number(event.key) <= radios.length) {
      event.preventDefault();
      choose(Number(event.key));
    } else if (event.key === 'Enter' && form.contains(target) && target.type === 'radio') {
      event.preventDefault();
      submit();
    }
  });
})();
