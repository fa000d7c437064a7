// A live story's page: polls the small head resource, says "N new updates", and on a click fetches the changed ranges and puts their entries in place.
(function () {
  'use strict';
  var root = document.getElementById('live');
  if (!root || !window.fetch) return;
  var list = root.querySelector('.live-entries');
  var bar = root.querySelector('.live-new');
  var button = root.querySelector('.live-new-button');
  var headUrl = root.getAttribute('data-head');
  var lastSeq = Number(root.getAttribute('data-last-seq')) || 0;
  var versions = (root.getAttribute('data-versions') || '')
    .split(',')
    .filter(function (v) {
      return v !== '';
    })
    .map(Number);
  var poll = Number(root.getAttribute('data-poll')) || 10;
  var forms = JSON.parse(root.getAttribute('data-new-updates') || '{}');
  var plural = new Intl.PluralRules(root.getAttribute('data-lang') || 'en');
  var pending = null;
  var timer = null;

  function label(n) {
    var form = forms[plural.select(n)] || forms.other || '{n}';
    return form.replace('{n}', String(n));
  }

  /** The ranges whose version differs from what the page shows (new ones included). */
  function changed(head) {
    return head.ranges.filter(function (r) {
      return versions[r.n] !== r.version;
    });
  }

  function show(head) {
    var fresh = head.lastSeq - lastSeq;
    var edits = changed(head).length > 0;
    if (fresh <= 0 && !edits) {
      bar.hidden = true;
      return;
    }
    pending = head;
    button.textContent = label(Math.max(fresh, 1));
    bar.hidden = false;
  }

  function schedule(seconds) {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(1, seconds) * 1000);
  }

  function check() {
    if (document.hidden) return schedule(poll);
    fetch(headUrl, { credentials: 'omit' })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (head) {
        if (head) {
          poll = head.poll || poll;
          show(head);
        }
        schedule(poll);
      })
      .catch(function () {
        schedule(poll * 2);
      });
  }

  /** The oldest seq the page lists (pinned aside): older entries belong to the next pages. */
  function floorSeq() {
    var floor = Infinity;
    var items = list.querySelectorAll('.live-entry:not([data-pinned])');
    for (var i = 0; i < items.length; i++)
      floor = Math.min(floor, Number(items[i].getAttribute('data-seq')));
    return floor === Infinity ? 0 : floor;
  }

  /** Puts an entry's HTML in its place: pinned first, then by seq, newest first. */
  function place(entry, floor, seen) {
    var old = document.getElementById('entry-' + entry.id);
    var elsewhere = !entry.pinned && entry.seq < floor && entry.seq <= seen;
    if (entry.deleted || elsewhere) {
      if (old) old.remove();
      return;
    }
    var holder = document.createElement('div');
    holder.innerHTML = entry.html;
    var node = holder.firstElementChild;
    if (old) old.remove();
    if (entry.pinned) {
      var pinned = list.querySelectorAll('[data-pinned]');
      for (var i = 0; i < pinned.length; i++) pinned[i].remove();
      list.insertBefore(node, list.firstElementChild);
      return;
    }
    var items = list.children;
    for (var j = 0; j < items.length; j++) {
      var item = items[j];
      if (item.hasAttribute('data-pinned')) continue;
      if (Number(item.getAttribute('data-seq')) < entry.seq) {
        list.insertBefore(node, item);
        return;
      }
    }
    list.appendChild(node);
  }

  function apply() {
    var head = pending;
    if (!head) return;
    bar.hidden = true;
    var base = headUrl.replace(/head\.json$/, '');
    var wanted = changed(head);
    Promise.all(
      wanted.map(function (r) {
        return fetch(base + r.n + '.' + r.version + '.json', { credentials: 'omit' }).then(
          function (res) {
            if (!res.ok) throw new Error('range ' + r.n);
            return res.json();
          },
        );
      }),
    )
      .then(function (ranges) {
        var floor = floorSeq();
        ranges.forEach(function (range) {
          range.entries.forEach(function (entry) {
            place(entry, floor, lastSeq);
          });
          versions[range.n] = range.version;
        });
        lastSeq = Math.max(lastSeq, head.lastSeq);
        pending = null;
        var empty = root.querySelector('.live-empty');
        if (empty && list.children.length > 0) empty.remove();
      })
      .catch(function () {
        bar.hidden = false;
      });
  }

  button.addEventListener('click', apply);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) check();
  });
  schedule(poll);
})();
