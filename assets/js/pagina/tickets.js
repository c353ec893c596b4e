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
    $$("[data-add], [data-remove]").forEach(function (b) { b.disabled = true; });
    shutters.forEach(function (f) { f(); });
  }
  function watchClock() {
    if (closed()) { shut(); return; }
    setTimeout(watchClock, Math.min(closesAt - Date.now(), 60000));
  }
  if (!isNaN(closesAt)) { watchClock(); on(document, "visibilitychange", function () { if (closed()) { shut(); } }); }
  var paint = function () { window.werkboekTickets.paint(state.chosen); };
  var FULL = function (max) { return "U heeft al " + max + " tickets gekozen."; };
  function add(key, prio, title, max) {
    if (closed()) { shut(); return CLOSED; }
    if (state.chosen.some(function (c) { return c.key === key; })) { return "Dit project heeft u al gekozen."; }
    if (state.chosen.length >= max) { return FULL(max); }
    state.chosen.push({ key: key, prio: prio, title: title });
    keep();
    paint();
    return "";
  }
  function remove(key) {
    if (closed()) { shut(); return false; }
    state.chosen = state.chosen.filter(function (c) { return c.key !== key; });
    keep();
    paint();
    return true;
  }
  // told puts a notice about what this browser kept before a message,
  // once.
  function told(msg) { var m = (notice ? notice + " " : "") + msg; notice = ""; return m; }
  // A card: its button chooses it, and once chosen the card says so in
  // place, with Weghalen and the way to the tickets.
  var cardTicket = $("[data-ticket-card]");
  if (cardTicket) {
    var cardMax = +cardTicket.getAttribute("data-max"), addButton = $("[data-add]", cardTicket);
    var said = function (s) { $("[data-said]", cardTicket).textContent = s; };
    var error = function (s) { $("[data-message]", cardTicket).textContent = s; };
    var settle = function () { if (!closed()) { addButton.disabled = cardTicket.classList.contains("is-full"); } };
    on(addButton, "click", function () {
      var key = cardTicket.getAttribute("data-ticket-card"), msg = add(key, cardTicket.getAttribute("data-prio"), cardTicket.getAttribute("data-title"), cardMax);
      // A refusal, or what became of what this browser kept, is shown.
      error(told(msg).trim());
      if (!msg) {
        said("Gekozen als ticket " + state.chosen.length + " van " + cardMax + ".");
        $(".ta-state", cardTicket).focus();
      }
      settle();
    });
    on($("[data-remove]", cardTicket), "click", function () {
      if (!remove(cardTicket.getAttribute("data-ticket-card"))) { error(CLOSED); return; }
      error("");
      settle();
      said("Weggehaald. U heeft nu " + state.chosen.length + " van " + cardMax + " tickets.");
      addButton.focus();
    });
    settle();
  }
  var picker = $("[data-tickets]"), pick = picker && $("[data-pick]", picker);
  // A large edition's projects are not in the page but in a file (see
  // render.Projects), put into the list before the page takes part.
  var projects = pick && pick.getAttribute("data-src") ? w.data(pick.getAttribute("data-src")).then(function (d) {
    pick.textContent = "";
    pick.appendChild(el("option", "", "Kies een project…")).value = "";
    d.p.forEach(function (p) {
      var g = el("optgroup");
      g.label = p.l;
      g.setAttribute("data-prio", p.t);
      p.k.forEach(function (k) {
        var o = el("option", "", k[1]);
        o.value = k[0];
        g.appendChild(o);
      });
      pick.appendChild(g);
    });
    pick.disabled = false;
  }) : Promise.resolve();
  if (picker) { projects.then(takePart, function () { $("[data-pick-error]", picker).textContent = "De lijst met projecten kan niet worden geladen. Kies een project op zijn eigen pagina, met de knop ‘Kies als ticket’."; }); }
  function takePart() {
    var max = +picker.getAttribute("data-max"), library = $("[data-library]", picker), shareTickets;
    var libraryError = $("[data-library-error]", picker), pickError = $("[data-pick-error]", picker);
    // The projects by id and by folded title, for what comes in; label
    // is each project's title as the list first showed it.
    var byID = Object.create(null), byTitle = Object.create(null), label = Object.create(null);
    $$("option", pick).forEach(function (o) {
      if (!o.value) { return; }
      label[o.value] = o.textContent;
      byID[o.value] = o;
      byTitle[fold(o.textContent)] = o;
    });
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
      var ol = $("[data-chosen]", picker), t = state.t || "", full = state.chosen.length >= max;
      paint();
      $$("li", ol).forEach(function (li, i) {
        var c = state.chosen[i], rm = $("button", li);
        rm.onclick = c ? function () {
          if (!remove(c.key)) { pickError.textContent = CLOSED; return; }
          refresh();
          $("[data-message]", picker).textContent = "Weggehaald: " + c.title + ". U heeft nu " + state.chosen.length + " van " + max + " tickets.";
          pick.focus();
        } : null;
        rm.disabled = closed();
        rm.setAttribute("aria-label", c ? "Haal " + c.title + " weg" : "Weghalen");
      });
      // What is chosen is marked in the list and cannot be chosen again;
      // with every ticket chosen nothing can be added, and the page says why.
      Object.keys(byID).forEach(function (k) {
        var taken = state.chosen.some(function (c) { return c.key === k; });
        byID[k].disabled = taken;
        byID[k].textContent = label[k] + (taken ? " — gekozen" : "");
      });
      if (pick.selectedOptions[0] && pick.selectedOptions[0].disabled) { pick.value = ""; }
      // An edition may offer fewer projects than tickets: once each is
      // chosen, nothing is left to add either.
      var noneLeft = !full && Object.keys(byID).length > 0 && Object.keys(byID).every(function (k) { return byID[k].disabled; });
      $("[data-add]", picker).disabled = full || noneLeft || closed();
      picker.classList.toggle("is-full", full);
      picker.classList.toggle("none-left", noneLeft);
      if (full) { pickError.textContent = ""; }
      $$("[data-ticket-forms] fieldset").forEach(function (fs, i) {
        $$("label", fs).forEach(function (lab) {
          var inp = $("input", lab);
          if (inp) { inp.value = fieldValue(lab.firstChild.textContent, state.chosen[i]); }
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
    on(library, "input", function () {
      state.library = printable(library.value).slice(0, MAXNAME);
      if (state.library) { libraryError.textContent = ""; picker.classList.remove("library-missing"); }
      keep();
      refresh();
    });
    // Nothing without the library's name leaves the page: printing,
    // downloading or mailing first asks for it, at its field.
    var named = function (e) {
      if (state.library) { return true; }
      e.preventDefault();
      libraryError.textContent = "Vul de naam van uw Bibliotheek in. Die staat op elk ticket en in wat u verstuurt of bewaart.";
      picker.classList.add("library-missing");
      library.focus();
      return false;
    };
    $$("[data-mail], [data-download]", picker).forEach(function (a) { on(a, "click", named); });
    on($("[data-print-tickets]", picker), "click", function (e) { if (named(e)) { window.print(); } });
    on(pick, "change", function () { if (pick.value) { pickError.textContent = ""; } });
    on($("[data-add]", picker), "click", function () {
      var opt = pick.options[pick.selectedIndex];
      if (!opt || !opt.value) {
        pickError.textContent = "Kies eerst een project uit de lijst.";
        pick.focus();
        return;
      }
      var msg = add(opt.value, opt.parentNode.getAttribute("data-prio"), label[opt.value], max);
      pickError.textContent = msg;
      refresh();
      if (!msg) {
        $("[data-message]", picker).textContent = told("Gekozen als ticket " + state.chosen.length + " van " + max + ": " + label[opt.value] + ".");
        pick.value = "";
      }
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
        state.chosen = c.keys.map(function (k) { return { key: k, prio: byID[k].parentNode.getAttribute("data-prio"), title: label[k] }; });
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
