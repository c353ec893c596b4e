// tickets.js: the tickets a library chooses, on the tickets page and on
// every card, kept in this browser, exported and shared (delen.js).
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, $$ = w.$$, load = w.load, save = w.save, el = w.el, on = w.on, fold = w.fold, printable = w.printable;
  var shareBox = $("[data-share]"), edition = shareBox && shareBox.getAttribute("data-edition"), book = shareBox && shareBox.getAttribute("data-book");
  var MAXNAME = 200;
  // Tickets: at most max projects, no project twice, kept in this browser.
  // Every export names the format, the edition, the library and each
  // project's id (see generator/tickets/formaat.md).
  var FORMAT = "werkboek-tickets 1", notice = "";
  // shape checks what this browser keeps: {library, chosen: [{key, prio,
  // title}], t}. What has another shape is repaired from what is usable
  // (and kept aside by load).
  var isText = function (v) { return typeof v === "string"; };
  var shape = function (v) {
    var obj = v !== null && typeof v === "object" && !Array.isArray(v), out = { library: "", chosen: [] };
    var exact = obj && isText(v.library) && Array.isArray(v.chosen) && (v.t === undefined || isText(v.t));
    if (obj && isText(v.library)) { out.library = printable(v.library).slice(0, MAXNAME); }
    if (obj && isText(v.t)) { out.t = v.t; }
    if (obj && Array.isArray(v.chosen)) {
      v.chosen.forEach(function (c) {
        var ok = c !== null && typeof c === "object" && isText(c.key) && isText(c.prio) && isText(c.title) && !out.chosen.some(function (d) { return d.key === c.key; });
        if (ok) { out.chosen.push({ key: c.key, prio: c.prio, title: c.title }); } else { exact = false; }
      });
    }
    return { value: out, exact: exact };
  };
  var state = load("tickets", { library: "", chosen: [] }, shape, function (aside) {
    notice = "De tickets die deze browser bewaarde, waren onleesbaar; ze staan apart onder ‘" + aside + "’ en hier is de keuze gebruikt die nog te lezen was.";
  });
  function keep() { state.t = new Date().toISOString(); save("tickets", state); }
  // The market plan (markt.js, on the programme page) travels with the
  // tickets: [[round, {k, o, z}], …] in the order of the day.
  var ROUND = /^\d\d:\d\d$/, KEY = /^[a-z0-9][a-z0-9-]*$/;
  function market() {
    var m = load("markt", { plan: {} }), plan = m && typeof m.plan === "object" && m.plan || {};
    return Object.keys(plan).sort().filter(function (r) { return ROUND.test(r) && plan[r] && typeof plan[r].k === "string" && KEY.test(plan[r].k); }).map(function (r) {
      return [r, { k: plan[r].k, o: typeof plan[r].o === "string" ? printable(plan[r].o) : "", z: typeof plan[r].z === "string" ? printable(plan[r].z) : "" }];
    });
  }
  function keepMarket(pairs) {
    var old = load("markt", { plan: {} }), plan = {};
    pairs.forEach(function (p) { var was = old.plan && old.plan[p[0]]; plan[p[0]] = was && was.k === p[1] ? was : { k: p[1], o: "", z: "" }; });
    save("markt", { plan: plan, t: new Date().toISOString() });
  }
  // The choice closes at data-closes (closes in tickets.md, see
  // render.Closing): from then on nothing is added, removed or read in,
  // and the notices say so. The site may have been built before that
  // moment, so the browser's clock decides too, checked again at every
  // click and switched by a timer when the moment passes.
  var CLOSED = "De keuze van tickets is gesloten; er kan geen ticket meer bij.";
  var notes = $$("[data-closing]"), closesAt = notes.length ? Date.parse(notes[0].getAttribute("data-closes")) : NaN;
  var builtClosed = notes.some(function (n) { return n.classList.contains("is-closed"); }), shutters = [];
  function closed() { return builtClosed || Date.now() >= closesAt; }
  function shut() {
    notes.forEach(function (n) { n.classList.add("is-closed"); });
    $$("[data-add]").forEach(function (b) { b.disabled = true; });
    shutters.forEach(function (f) { f(); });
  }
  function watchClock() {
    if (closed()) { shut(); return; }
    setTimeout(watchClock, Math.min(closesAt - Date.now(), 60000));
  }
  if (!isNaN(closesAt)) { watchClock(); on(document, "visibilitychange", function () { if (closed()) { shut(); } }); }
  function add(key, prio, title, max) {
    if (closed()) { shut(); return CLOSED; }
    if (state.chosen.some(function (c) { return c.key === key; })) { return "Dit project heeft u al gekozen."; }
    if (state.chosen.length >= max) { return "U heeft al " + max + " tickets gekozen; haal er eerst een weg op de pagina Tickets."; }
    state.chosen.push({ key: key, prio: prio, title: title });
    keep();
    return "Gekozen als ticket " + state.chosen.length + " van " + max + ".";
  }
  // told puts a notice about what this browser kept before a message,
  // once.
  function told(msg) { var m = (notice ? notice + " " : "") + msg; notice = ""; return m; }
  var cardTicket = $("[data-ticket-card]");
  if (cardTicket) {
    on($("[data-add]", cardTicket), "click", function () {
      $("[data-message]", cardTicket).textContent = told(add(cardTicket.getAttribute("data-ticket-card"), cardTicket.getAttribute("data-prio"), cardTicket.getAttribute("data-title"), +cardTicket.getAttribute("data-max")));
    });
  }
  var picker = $("[data-tickets]"), pick = picker && $("[data-pick]", picker);
  // A large edition's projects are not in the page but in a file (see
  // render.Projects), put into the list before the page takes part.
  var projects = pick && pick.getAttribute("data-src") ? w.data(pick.getAttribute("data-src")).then(function (d) {
    pick.textContent = "";
    d.p.forEach(function (p) {
      var g = el("optgroup");
      g.label = p.l;
      p.k.forEach(function (k) {
        var o = el("option", "", k[1]);
        o.value = k[0];
        o.setAttribute("data-prio", p.t);
        g.appendChild(o);
      });
      pick.appendChild(g);
    });
    pick.disabled = false;
  }) : Promise.resolve();
  if (picker) { projects.then(takePart, function () { $("[data-message]", picker).textContent = "De lijst met projecten kan niet worden geladen; kies een project op zijn eigen pagina."; }); }
  function takePart() {
    var max = +picker.getAttribute("data-max"), library = $("[data-library]", picker), shareTickets;
    // The projects by id and by folded title, for what comes in.
    var byID = Object.create(null), byTitle = Object.create(null);
    $$("option", pick).forEach(function (o) { byID[o.value] = o; byTitle[fold(o.textContent)] = o; });
    var option = function (id) { return byID[id] || byTitle[fold(id)]; };
    var fieldValue = function (field, c) {
      var f = fold(field);
      if (f.indexOf("bibliotheek") >= 0) { return state.library; }
      if (!c) { return ""; }
      if (f.indexOf("prior") >= 0) { return c.prio; }
      return c.title;
    };
    var csvCell = function (s) { s = String(s); return '"' + (/^\s*[=+\-@]/.test(s) ? "'" : "") + s.replace(/"/g, '""') + '"'; };
    var refresh = function () {
      var ol = $("[data-chosen]", picker), t = state.t || "";
      // The list has a row per ticket from the first paint; a row is
      // filled or emptied, never added, so nothing below it moves.
      while (ol.children.length < Math.max(max, state.chosen.length)) { ol.appendChild(ol.lastElementChild.cloneNode(true)); }
      $$("li", ol).forEach(function (li, i) {
        var c = state.chosen[i], rm = $("button", li);
        li.classList.toggle("empty", !c);
        $(".chosen-title", li).textContent = c ? c.title + " (" + c.prio + ")" : "nog niet gekozen";
        rm.onclick = c ? function () { if (closed()) { shut(); return; } state.chosen.splice(i, 1); keep(); refresh(); } : null;
        rm.disabled = closed();
        rm.setAttribute("aria-label", c ? "Haal " + c.title + " weg" : "Weghalen");
      });
      $$("[data-ticket-forms] fieldset").forEach(function (fs, i) {
        $$("label", fs).forEach(function (label) {
          var inp = $("input", label);
          if (inp) { inp.value = fieldValue(label.firstChild.textContent, state.chosen[i]); }
        });
      });
      var rows = [["Ticket", "Prioriteit", "Onderwerp", "Bibliotheek", "Id", "Editie", "Werkboek", "Gewijzigd", "Formaat"]];
      var lib = printable(state.library), plan = market();
      var planCell = plan.map(function (p) { return p[0] + " " + p[1].k; }).join(", ");
      if (plan.length) { rows[0].push("Markt"); }
      var block = ["-- " + FORMAT + " --", "werkboek: " + book, "editie: " + edition, "bibliotheek: " + lib];
      if (t) { block.push("gewijzigd: " + t); }
      state.chosen.forEach(function (c, i) {
        rows.push([i + 1, c.prio, c.title, lib, c.key, edition, book, t, FORMAT].concat(plan.length ? [planCell] : []));
        block.push("ticket: " + c.key);
      });
      plan.forEach(function (p) { block.push("markt: " + p[0] + " " + p[1].k); });
      var csv = rows.map(function (r) { return r.map(csvCell).join(";"); }).join("\r\n") + "\r\n";
      $("[data-download=csv]", picker).href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + csv);
      var mail = $("[data-mail]", picker);
      if (mail) {
        var people = plan.length ? "Marktplan:\n" + plan.map(function (p) { return p[0] + ": " + (p[1].o || p[1].k) + (p[1].z ? ", " + p[1].z : ""); }).join("\n") + "\n\n" : "";
        var body = "Bibliotheek: " + lib + "\n\n" + state.chosen.map(function (c, i) { return "Ticket " + (i + 1) + ": " + c.title + " (" + c.prio + ")"; }).join("\n") + "\n\n" + people + block.join("\n") + "\n-- einde --\n";
        mail.href = "mailto:" + picker.getAttribute("data-mailto") + "?subject=" + encodeURIComponent("Tickets " + lib) + "&body=" + encodeURIComponent(body);
      }
      if (shareTickets) { shareTickets.update(); }
    };
    library.value = state.library;
    shutters.push(function () { library.readOnly = pick.disabled = true; $$("[data-share-file]", picker).forEach(function (f) { f.disabled = true; }); refresh(); });
    if (closed()) { shut(); }
    on(library, "input", function () { state.library = printable(library.value).slice(0, MAXNAME); keep(); refresh(); });
    on($("[data-add]", picker), "click", function () {
      var opt = pick.options[pick.selectedIndex];
      if (opt) { $("[data-message]", picker).textContent = told(add(opt.value, opt.getAttribute("data-prio"), opt.textContent, max)); refresh(); }
    });
    shareTickets = w.share(picker, {
      current: function () { return { library: state.library, keys: state.chosen.map(function (c) { return c.key; }), plan: market().map(function (p) { return [p[0], p[1].k]; }) }; },
      pairs: function (c) { return [["bibliotheek", c.library], ["tickets", c.keys.join(",")], ["markt", (c.plan || []).map(function (p) { return p[0] + "." + p[1]; }).join(",")]]; },
      describe: function (c) {
        var n = c.keys.length;
        var m = c.plan && c.plan.length ? ", marktplan van " + c.plan.length + (c.plan.length === 1 ? " ronde" : " rondes") : "";
        return n || c.library || m ? (c.library ? c.library + ", " : "") + n + (n === 1 ? " ticket" : " tickets") + m : "";
      },
      put: function (c) {
        if (closed()) { shut(); return { refused: CLOSED + " Uw keuze is niet veranderd." }; }
        state.chosen = c.keys.map(function (k) { var o = byID[k]; return { key: k, prio: o.getAttribute("data-prio"), title: o.textContent }; });
        state.library = library.value = c.library;
        if (c.plan) { keepMarket(c.plan); }
        keep();
        refresh();
        return "";
      },
      read: function (source, data) {
        if (closed()) { shut(); return { error: CLOSED + " Een keuze overnemen kan daarom niet meer." }; }
        return w.readers.tickets({ option: option, max: max, format: FORMAT, edition: edition }, source, data);
      },
      file: function () {
        var f = { formaat: FORMAT, werkboek: book, editie: edition, bibliotheek: printable(state.library), gewijzigd: state.t };
        var plan = market();
        if (plan.length) { f.markt = plan.map(function (p) { return { ronde: p[0], id: p[1].k, optie: p[1].o, zaal: p[1].z }; }); }
        f.tickets = state.chosen.map(function (c, i) { return { ticket: i + 1, id: c.key, prioriteit: c.prio, onderwerp: c.title }; });
        return f;
      }
    });
    refresh();
    picker.removeAttribute("aria-busy");
    if (notice) { shareTickets.say(told("")); }
  }
})();
