// werkboek.js: what a library does on the site. Every page works and
// prints without it; with it, a library searches, filters, ticks the
// checklist, chooses tickets and keeps notes, all kept in this browser.
(function () {
  "use strict";
  var doc = document;
  var store = doc.documentElement.getAttribute("data-werkboek") || "werkboek";
  function $(sel, root) { return (root || doc).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); }
  function load(key, fallback) {
    try { var v = localStorage.getItem(store + ":" + key); return v === null ? fallback : JSON.parse(v); } catch (e) { return fallback; }
  }
  function save(key, value) { try { localStorage.setItem(store + ":" + key, JSON.stringify(value)); } catch (e) { /* private mode */ } }
  function el(tag, cls, text) { var e = doc.createElement(tag); if (cls) { e.className = cls; } if (text) { e.textContent = text; } return e; }
  function on(e, type, fn) { if (e) { e.addEventListener(type, fn); } }

  $$("[data-print]").forEach(function (b) { b.hidden = false; on(b, "click", function () { window.print(); }); });

  // Search. Text is folded (case, accents: "ideeën" = "ideeen") and words
  // are stemmed a little, so "bibliotheken" finds "bibliotheek".
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function stem(w) {
    if (w.length > 4) { w = w.replace(/(heden|ingen|en|es|s|e)$/, ""); }
    return w.replace(/([aeou])\1/g, "$1");
  }
  function words(s) { return fold(s).split(/[^a-z0-9]+/).filter(Boolean); }
  var form = $("[data-search]"), active = -1, files = {}, seq = 0, ready = false;
  if (form) {
    form.hidden = false;
    var input = $("input", form), list = $("ul", form), base = form.getAttribute("data-root");
    // The index is one file for a small edition, or a root file with
    // shards fetched on demand (see generator/render/searchindex.go).
    // Opened from a folder (file://), the browser fetches nothing: the
    // index is then loaded as scripts that hand their data to
    // werkboekZoek (an offline build writes them).
    var offline = location.protocol === "file:", waiting = {};
    window.werkboekZoek = function (name, data) { if (waiting[name]) { waiting[name](data); } };
    var get = function (name) {
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
    };
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
    filters.hidden = false;
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

  // Choices that travel: a link that holds the choice in its fragment
  // (which a browser never sends to a server) and a JSON file to read back
  // in. A choice from a link or a file is offered, never taken silently.
  function enc(p) {
    return Object.keys(p).filter(function (k) { return p[k]; }).map(function (k) { return k + "=" + encodeURIComponent(p[k]).replace(/%2[CF]/g, decodeURIComponent); }).join("&");
  }
  function share(box, get, put, describe, fromJSON, json) {
    var link = $("[data-share-link]", box), msg = $("[data-share-message]", box), offer = $("[data-offer]", box), pending = null;
    var close = function (text) {
      history.replaceState(null, "", location.pathname + location.search);
      offer.hidden = true;
      pending = null;
      msg.textContent = text;
    };
    var propose = function (q) {
      if (enc(q) === enc(get())) { close("Deze keuze heeft u al."); return; }
      var mine = describe(get());
      pending = q;
      $("[data-offer-text]", offer).textContent = "Keuze overnemen: " + describe(q) + "?" + (mine ? " Uw keuze in deze browser (" + mine + ") wordt dan vervangen." : "");
      offer.hidden = false;
      offer.focus();
    };

    on($("[data-offer-yes]", offer), "click", function () { close("Overgenomen. " + put(pending)); });
    on($("[data-offer-no]", offer), "click", function () { close("Niet overgenomen; uw eigen keuze blijft staan."); });
    on($("[data-share-copy]", box), "click", function () {
      link.select();
      try { navigator.clipboard.writeText(link.value).then(function () { msg.textContent = "De link is gekopieerd."; }); } catch (e) { /* selected: Ctrl+C copies */ }
    });
    on($("[data-share-file]", box), "change", function (e) {
      var f = e.target.files[0];
      e.target.value = "";
      if (f) {
        f.text().then(function (t) { var q = fromJSON(JSON.parse(t)); if (!q) { throw q; } propose(q); }).catch(function () {
          msg.textContent = "Dit bestand kan niet worden gelezen; kies een JSON-bestand dat u van deze pagina heeft gedownload.";
        });
      }
    });
    var fromLink = function () {
      var p = {}, any = false;
      location.hash.slice(1).split("&").forEach(function (kv) {
        var i = kv.indexOf("=");
        try { if (i > 0) { p[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); any = true; } } catch (e) { /* not ours */ }
      });
      if (any) { propose(p); }
    };
    on(window, "hashchange", fromLink);
    fromLink();
    return function () {
      link.value = location.href.split("#")[0] + "#" + enc(get());
      $("[data-download=json]", box).href = "data:application/json;charset=utf-8," + encodeURIComponent(JSON.stringify(json(), null, 2));
    };
  }
  var shareBox = $("[data-share]"), edition = shareBox && shareBox.getAttribute("data-edition"), book = shareBox && shareBox.getAttribute("data-book");

  // Checklist: Ja / Misschien / Nee per row, kept in this browser.
  var checklist = $("[data-checklist]");
  if (checklist) {
    var choices = load("keuzelijst", {}), tools = $("[data-checklist-tools]"), shared;
    tools.hidden = false;
    var rows = $$("tr[data-key]", checklist);
    // only keeps the choices of rows on this page: p maps keys to values.
    var only = function (p) {
      var out = {};
      rows.forEach(function (r) { var k = r.getAttribute("data-key"); if (/^(Ja|Misschien|Nee)$/.test(p[k])) { out[k] = p[k]; } });
      return out;
    };
    var tally = function (p) {
      var count = { Ja: 0, Misschien: 0, Nee: 0 }, any = false;
      Object.keys(p = only(p)).forEach(function (k) { count[p[k]]++; any = true; });
      return any ? count.Ja + " × Ja, " + count.Misschien + " × Misschien, " + count.Nee + " × Nee" : "";
    };
    var summary = function () {
      var t = tally(choices);
      $("[data-checklist-summary]", tools).textContent = t ? t + " (van " + rows.length + ")" : "Nog niets gekozen: kies per project Ja, Misschien of Nee.";
      save("keuzelijst", choices);
      if (shared) { shared(); }
    };
    var paint = function () {
      $$("input[type=radio]", checklist).forEach(function (r) { r.checked = choices[r.closest("tr").getAttribute("data-key")] === r.value; });
      summary();
    };
    rows.forEach(function (row) {
      $$("input[type=radio]", row).forEach(function (r) {
        on(r, "change", function () { choices[row.getAttribute("data-key")] = r.value; summary(); });
      });
    });
    on($("[data-checklist-reset]", tools), "click", function () { choices = {}; paint(); });
    shared = share(tools, function () { return only(choices); }, function (p) { choices = only(p); paint(); return ""; }, tally,
      function (o) { return o.keuzes; },
      function () { return { formaat: "werkboek-keuzelijst 1", werkboek: book, editie: edition, keuzes: only(choices) }; });
    paint();
  }

  // Tickets: at most max projects, no project twice, kept in this browser.
  // Every export names the format, the edition, the library and each
  // project's id (see generator/tickets/formaat.md).
  var state = load("tickets", { library: "", chosen: [] }), FORMAT = "werkboek-tickets 1";
  function keep() { state.t = new Date().toISOString(); save("tickets", state); }
  function add(key, prio, title, max) {
    if (state.chosen.some(function (c) { return c.key === key; })) { return "Dit project heeft u al gekozen."; }
    if (state.chosen.length >= max) { return "U heeft al " + max + " tickets gekozen; haal er eerst een weg op de pagina Tickets."; }
    state.chosen.push({ key: key, prio: prio, title: title });
    keep();
    return "Gekozen als ticket " + state.chosen.length + " van " + max + ".";
  }
  var cardTicket = $("[data-ticket-card]");
  if (cardTicket) {
    cardTicket.hidden = false;
    on($("[data-add]", cardTicket), "click", function () {
      $("[data-message]", cardTicket).textContent = add(cardTicket.getAttribute("data-ticket-card"), cardTicket.getAttribute("data-prio"), cardTicket.getAttribute("data-title"), +cardTicket.getAttribute("data-max"));
    });
  }
  var picker = $("[data-tickets]");
  if (picker) {
    picker.hidden = false;
    var max = +picker.getAttribute("data-max"), library = $("[data-library]", picker), pick = $("[data-pick]", picker), shareTickets;
    var option = function (id) { return $$("option", pick).filter(function (o) { return o.value === id || fold(o.textContent) === fold(id); })[0]; };
    var fieldValue = function (field, c) {
      var f = fold(field);
      if (f.indexOf("bibliotheek") >= 0) { return state.library; }
      if (!c) { return ""; }
      if (f.indexOf("prior") >= 0) { return c.prio; }
      return c.title;
    };
    var csvCell = function (s) { return '"' + String(s).replace(/"/g, '""') + '"'; };
    var refresh = function () {
      var ol = $("[data-chosen]", picker), t = state.t || "";
      ol.textContent = "";
      state.chosen.forEach(function (c, i) {
        var li = el("li", "", c.title + " (" + c.prio + ") ");
        var rm = el("button", "button button-quiet", "Weghalen");
        rm.type = "button";
        on(rm, "click", function () { state.chosen.splice(i, 1); keep(); refresh(); });
        li.appendChild(rm);
        ol.appendChild(li);
      });
      $$("[data-ticket-forms] fieldset").forEach(function (fs, i) {
        $$("label", fs).forEach(function (label) {
          var inp = $("input", label);
          if (inp) { inp.value = fieldValue(label.firstChild.textContent, state.chosen[i]); }
        });
      });
      var rows = [["Ticket", "Prioriteit", "Onderwerp", "Bibliotheek", "Id", "Editie", "Werkboek", "Gewijzigd", "Formaat"]];
      var block = ["-- " + FORMAT + " --", "werkboek: " + book, "editie: " + edition, "bibliotheek: " + state.library];
      if (t) { block.push("gewijzigd: " + t); }
      state.chosen.forEach(function (c, i) {
        rows.push([i + 1, c.prio, c.title, state.library, c.key, edition, book, t, FORMAT]);
        block.push("ticket: " + c.key);
      });
      var csv = rows.map(function (r) { return r.map(csvCell).join(";"); }).join("\r\n") + "\r\n";
      $("[data-download=csv]", picker).href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + csv);
      var mail = $("[data-mail]", picker);
      if (mail) {
        var body = "Bibliotheek: " + state.library + "\n\n" + state.chosen.map(function (c, i) { return "Ticket " + (i + 1) + ": " + c.title + " (" + c.prio + ")"; }).join("\n") + "\n\n" + block.join("\n") + "\n-- einde --\n";
        mail.href = "mailto:" + picker.getAttribute("data-mailto") + "?subject=" + encodeURIComponent("Tickets " + (state.library || "")) + "&body=" + encodeURIComponent(body);
      }
      if (shareTickets) { shareTickets(); }
    };
    library.value = state.library;
    on(library, "input", function () { state.library = library.value; keep(); refresh(); });
    on($("[data-add]", picker), "click", function () {
      var opt = pick.options[pick.selectedIndex];
      if (opt) { $("[data-message]", picker).textContent = add(opt.value, opt.getAttribute("data-prio"), opt.textContent, max); refresh(); }
    });
    shareTickets = share(picker, function () {
      return { bibliotheek: state.library, tickets: state.chosen.map(function (c) { return c.key; }).join(",") };
    }, function (p) {
      var skipped = 0;
      state.chosen = [];
      (p.tickets || "").split(",").forEach(function (id) {
        var o = option(id);
        if (o && state.chosen.length < max && !state.chosen.some(function (c) { return c.key === o.value; })) { state.chosen.push({ key: o.value, prio: o.getAttribute("data-prio"), title: o.textContent }); } else if (id) { skipped++; }
      });
      state.library = library.value = p.bibliotheek || "";
      keep();
      refresh();
      return skipped ? skipped + (skipped > 1 ? " projecten" : " project") + " niet overgenomen: onbekend, dubbel of boven het maximum van " + max + "." : "";
    }, function (p) {
      var n = p.tickets ? p.tickets.split(",").length : 0;
      return n || p.bibliotheek ? (p.bibliotheek ? p.bibliotheek + ", " : "") + n + (n === 1 ? " ticket" : " tickets") : "";
    }, function (o) {
      return o.tickets && { bibliotheek: o.bibliotheek || "", tickets: o.tickets.map(function (t) { var x = option(t.id || t.onderwerp || ""); return x ? x.value : "?"; }).join(",") };
    }, function () {
      return { formaat: FORMAT, werkboek: book, editie: edition, bibliotheek: state.library, gewijzigd: state.t, tickets: state.chosen.map(function (c, i) { return { ticket: i + 1, id: c.key, prioriteit: c.prio, onderwerp: c.title }; }) };
    });
    refresh();
  }

  // Notes under the reflection question, kept in this browser and printed.
  $$("[data-note]").forEach(function (area) {
    var key = "notitie:" + area.getAttribute("data-note"), target = $('[data-note-print="' + area.getAttribute("data-note") + '"]');
    area.hidden = false;
    area.value = load(key, "");
    var sync = function () { if (target) { target.textContent = area.value; target.classList.toggle("filled", !!area.value); } };
    on(area, "input", function () { save(key, area.value); sync(); });
    sync();
  });
  if (!$("[data-note]")) {
    $$("[data-note-print]").forEach(function (div) {
      var note = load("notitie:" + div.getAttribute("data-note-print"), "");
      if (note) { div.textContent = note; div.classList.add("filled"); }
    });
  }
})();
