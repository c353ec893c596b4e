// tickets.js: the tickets a library chooses, on the tickets page and on
// every card, kept in this browser, exported and shared (delen.js).
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, $$ = w.$$, load = w.load, save = w.save, el = w.el, on = w.on, fold = w.fold;
  var shareBox = $("[data-share]"), edition = shareBox && shareBox.getAttribute("data-edition"), book = shareBox && shareBox.getAttribute("data-book");
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
    picker.hidden = false;
    var max = +picker.getAttribute("data-max"), library = $("[data-library]", picker), shareTickets;
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
    shareTickets = w.share(picker, function () {
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
})();
