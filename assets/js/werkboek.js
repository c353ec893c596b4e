// werkboek.js: what a library does on every page. Every page works and
// prints without it; with it, a library searches, filters and keeps notes,
// kept in this browser. The checklist, the tickets and sharing a choice
// are in pagina/keuze.js, loaded by the pages that use them.
(function () {
  "use strict";
  var doc = document;
  var store = doc.documentElement.getAttribute("data-werkboek") || "werkboek";
  function $(sel, root) { return (root || doc).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); }
  function save(key, value) { try { localStorage.setItem(store + ":" + key, JSON.stringify(value)); } catch (e) { /* private mode */ } }
  // load returns what this browser keeps under key, or fallback. check
  // returns the value in the shape the page uses ({value, exact}: exact
  // when it already had that shape, else repaired from what could be
  // used). A value that cannot be read or had another shape is never
  // thrown away: it is kept under key + ":onleesbaar-" + the moment
  // before the repaired value is saved, and broken is told that key.
  function load(key, fallback, check, broken) {
    var raw, v, exact = true;
    try { raw = localStorage.getItem(store + ":" + key); } catch (e) { return fallback; }
    if (raw === null) { return fallback; }
    try { v = JSON.parse(raw); } catch (e) { v = undefined; exact = false; }
    if (check) { var c = check(v); v = c.value; exact = exact && c.exact; } else if (!exact) { v = fallback; }
    if (exact) { return v; }
    var aside = store + ":" + key + ":onleesbaar-" + new Date().toISOString();
    try {
      localStorage.setItem(aside, raw);
      save(key, v);
    } catch (e) { return v; }
    if (broken) { broken(aside); }
    return v;
  }
  // printable removes what text from elsewhere (a link, a file) must not
  // bring into a name or a mail: control characters, line separators and
  // bidirectional controls; runs of white space become one space.
  function printable(s) {
    return String(s).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g, " ").replace(/\s+/g, " ").trim();
  }
  function el(tag, cls, text) { var e = doc.createElement(tag); if (cls) { e.className = cls; } if (text) { e.textContent = text; } return e; }
  function on(e, type, fn) { if (e) { e.addEventListener(type, fn); } }

  // What only works with a script ([data-print], search, filters, the
  // tools of the checklist and tickets, notes) is shown by the stylesheet
  // when scripting is on (@media (scripting: enabled)), so it has its
  // place from the first paint and the page does not move.
  $$("[data-print]").forEach(function (b) { on(b, "click", function () { window.print(); }); });

  // Search. Text is folded (case, accents: "ideeën" = "ideeen") and words
  // are stemmed a little, so "bibliotheken" finds "bibliotheek".
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function stem(w) {
    if (w.length > 4) { w = w.replace(/(heden|ingen|en|es|s|e)$/, ""); }
    return w.replace(/([aeou])\1/g, "$1");
  }
  function words(s) { return fold(s).split(/[^a-z0-9]+/).filter(Boolean); }
  var form = $("[data-search]"), active = -1, files = {}, seq = 0, ready = false;
  var base = form ? form.getAttribute("data-root") : "";
  // get loads a data file of the site (the search index, the list of
  // projects of a large edition) once. Opened from a folder (file://), the
  // browser fetches nothing: the data is then loaded as scripts that hand
  // it to werkboekData (an offline build writes them).
  var offline = location.protocol === "file:", waiting = {};
  window.werkboekData = function (name, data) { if (waiting[name]) { waiting[name](data); } };
  function get(name) {
    if (!files[name]) {
      files[name] = offline ? new Promise(function (ok, fail) {
        waiting[name] = ok;
        var s = doc.createElement("script");
        s.src = base + name.replace(/\.json$/, ".js");
        s.onerror = fail;
        doc.head.appendChild(s);
      }) : fetch(base + name).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
    }
    return files[name];
  }
  if (form) {
    // The index is one file for a small edition, or a root file with
    // shards fetched on demand (see generator/render/searchindex.go).
    var input = $("input", form), list = $("ul", form);
    // bucket is the word shard of w: FNV-1a of its first two letters.
    var bucket = function (w, n) {
      var h = 0x811c9dc5, s = w.slice(0, 2);
      for (var i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0; }
      return h % n;
    };
    // fields maps each document with a word starting with q (or equal to
    // it) to the fields it occurs in: 1 title, 2 topics, 4 context, 8 text.
    var fields = function (shard, q, exact) {
      var t = shard.t, lo = 0, hi = t.length, out = {};
      while (lo < hi) { var mid = (lo + hi) >> 1; if (t[mid] < q) { lo = mid + 1; } else { hi = mid; } }
      for (var i = lo; i < t.length && t[i].indexOf(q) === 0 && (!exact || t[i] === q); i++) {
        // Postings: per document, its delta<<4 | fields in five-bit groups
        // (see encode in generator/render/searchindex.go).
        var p = shard.p[i], doc = 0, v = 0, shift = 0;
        for (var j = 0; j < p.length; j++) {
          var d = digits.indexOf(p.charAt(j));
          v += (d & 31) * Math.pow(2, shift);
          if (d & 32) { shift += 5; continue; }
          doc += Math.floor(v / 16);
          out[doc] = (out[doc] || 0) | (v & 15);
          v = 0;
          shift = 0;
        }
      }
      return out;
    };
    var digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    var weight = function (f) { return (f & 1 ? 10 : 0) + (f & 2 ? 4 : 0) + (f & 4 ? 2 : 0) + (f & 8 ? 1 : 0); };
    var search = function (q) {
      var qs = words(q).map(stem);
      return get("zoekindex.json").then(function (r) {
        ready = true;
        if (!qs.length) { return []; }
        return Promise.all(qs.map(function (w) { return r.w || get("zoek/w" + bucket(w, r.b) + ".json"); })).then(function (shards) {
          var score = null;
          qs.forEach(function (w, k) {
            // In shards, a one-letter word matches itself only: all words
            // that start with it would be in every shard.
            var m = fields(shards[k], w, !r.w && w.length < 2), next = {};
            Object.keys(m).forEach(function (doc) { if (!score || doc in score) { next[doc] = (score ? score[doc] : 0) + weight(m[doc]); } });
            score = next;
          });
          var ids = Object.keys(score).map(Number).sort(function (a, b) { return score[b] - score[a] || a - b; }).slice(0, 10);
          return Promise.all(ids.map(function (id) {
            return r.d ? r.d[id] : get("zoek/d" + Math.floor(id / r.k) + ".json").then(function (c) { return c[id % r.k]; });
          }));
        });
      }).then(function (docs) {
        return docs.map(function (d) { return { url: d[0], title: d[1], context: d[2], text: d[4], topics: d[5] }; });
      });
    };
    // mark appends text to parent with the words matching the query in <mark>.
    var mark = function (parent, text, qs) {
      text.split(/([^\p{L}\p{N}]+)/u).forEach(function (part) {
        var hit = part && qs.some(function (q) { return stem(fold(part)).indexOf(q) === 0 || fold(part).indexOf(q) === 0; });
        parent.appendChild(hit ? el("mark", "", part) : doc.createTextNode(part));
      });
    };
    var snippet = function (d, qs) {
      var all = d.topics.concat([d.text]);
      for (var i = 0; i < all.length; i++) {
        var ws = all[i].split(/\s+/);
        for (var j = 0; j < ws.length; j++) {
          if (qs.some(function (q) { return stem(fold(ws[j])).indexOf(q) === 0; })) {
            var from = Math.max(0, j - 8);
            return (from ? "… " : "") + ws.slice(from, j + 14).join(" ") + (j + 14 < ws.length ? " …" : "");
          }
        }
      }
      return d.text.split(/\s+/).slice(0, 20).join(" ");
    };
    var select = function (i) {
      var items = $$("li", list);
      active = Math.max(-1, Math.min(i, items.length - 1));
      items.forEach(function (li, k) { li.setAttribute("aria-selected", k === active ? "true" : "false"); });
      if (active >= 0) { input.setAttribute("aria-activedescendant", items[active].id); items[active].scrollIntoView({ block: "nearest" }); } else { input.removeAttribute("aria-activedescendant"); }
    };
    var show = function () {
      var q = input.value, qs = words(q).map(stem), my = ++seq;
      if (!q.trim()) {
        list.textContent = "";
        active = -1;
        input.removeAttribute("aria-activedescendant");
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        return;
      }
      if (!ready) { draw([el("li", "search-none", "Even geduld…")]); }
      search(q).then(function (results) {
        if (my !== seq) { return; } // a newer query is on its way
        list.setAttribute("data-query", q);
        if (!results.length) { draw([el("li", "search-none", "Niets gevonden voor ‘" + q + "’.")]); return; }
        draw(results.map(function (d, i) {
          var li = el("li"), a = el("a");
          li.id = "zr-" + i;
          li.setAttribute("role", "option");
          a.href = base + d.url + (offline && /\/$/.test(d.url) ? "index.html" : "");
          a.tabIndex = -1;
          var title = el("span", "search-title");
          mark(title, d.title, qs);
          a.appendChild(el("span", "search-context", d.context));
          a.appendChild(title);
          var snip = el("span", "search-snippet");
          mark(snip, snippet(d, qs), qs);
          a.appendChild(snip);
          li.appendChild(a);
          return li;
        }));
      }, function () {
        if (my === seq) { draw([el("li", "search-none", "Zoeken lukt nu niet; probeer het later opnieuw.")]); }
      });
    };
    var draw = function (items) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      items.forEach(function (li) { list.appendChild(li); });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    };
    on(input, "focus", function () { get("zoekindex.json").then(function () { ready = true; }, function () {}); if (input.value.trim()) { show(); } });
    // With shards, wait for a pause in typing (80 ms) so the letters on
    // the way to a word fetch nothing; one file answers at once.
    var timer = 0;
    on(input, "input", function () {
      clearTimeout(timer);
      get("zoekindex.json").then(function (r) { if (r.w) { show(); } else { timer = setTimeout(show, 80); } }, show);
    });
    on(input, "keydown", function (e) {
      var n = $$("li[role=option]", list).length;
      if (e.key === "ArrowDown") { select(active + 1 < n ? active + 1 : 0); e.preventDefault(); }
      else if (e.key === "ArrowUp") { select(active > 0 ? active - 1 : n - 1); e.preventDefault(); }
      else if (e.key === "Escape") { input.value = ""; show(); }
      else if (e.key === "Enter") {
        var target = $$("li[role=option] a", list)[active < 0 ? 0 : active];
        if (target) { window.location.href = target.href; }
        e.preventDefault();
      }
    });
    on(form, "submit", function (e) { e.preventDefault(); });
    on(doc, "click", function (e) { if (!form.contains(e.target)) { list.hidden = true; input.setAttribute("aria-expanded", "false"); } });
  }

  // Filters on the overview: by priority and by target group.
  var filters = $("[data-filters]");
  if (filters) {
    var byPrio = $("[data-filter=prio]", filters), byGroup = $("[data-filter=doelgroep]", filters);
    var apply = function () {
      var n = 0;
      $$(".priority-item").forEach(function (item) {
        var shown = 0, prioOK = !byPrio.value || item.getAttribute("data-prio") === byPrio.value;
        $$("li[data-doelgroep]", item).forEach(function (li) {
          var ok = prioOK && (!byGroup.value || li.getAttribute("data-doelgroep").split("|").indexOf(byGroup.value) >= 0);
          li.hidden = !ok;
          shown += ok ? 1 : 0;
        });
        item.hidden = shown === 0;
        n += shown;
      });
      $("[data-filter-count]", filters).textContent = n === 1 ? "1 project" : n + " projecten";
    };
    on(byPrio, "change", apply);
    on(byGroup, "change", apply);
    apply();
  }

  // Notes under the reflection question, kept in this browser and printed.
  var text = function (v) { return { value: typeof v === "string" ? v : "", exact: typeof v === "string" }; };
  $$("[data-note]").forEach(function (area) {
    var key = "notitie:" + area.getAttribute("data-note"), target = $('[data-note-print="' + area.getAttribute("data-note") + '"]');
    area.value = load(key, "", text);
    var sync = function () { if (target) { target.textContent = area.value; target.classList.toggle("filled", !!area.value); } };
    on(area, "input", function () { save(key, area.value); sync(); });
    sync();
  });
  if (!$("[data-note]")) {
    $$("[data-note-print]").forEach(function (div) {
      var note = load("notitie:" + div.getAttribute("data-note-print"), "", text);
      if (note) { div.textContent = note; div.classList.add("filled"); }
    });
  }
  // The helpers, for the scripts of single pages (js/pagina/).
  window.werkboek = { $: $, $$: $$, load: load, save: save, el: el, on: on, fold: fold, data: get, printable: printable };
})();
