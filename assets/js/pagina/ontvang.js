// ontvang.js: a choice that comes in, from a link or a JSON file, is
// checked before it touches the one in this browser, and offered in a
// dialog over the page: what is wrong is said, what the edition does not
// have is named and left out, and nothing changes until the library says
// so. delen.js loads it only when something comes in.
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, on = w.on, printable = w.printable, MAXNAME = 200;
  var isText = function (v) { return typeof v === "string"; };
  // list names at most three things: "‘a’, ‘b’, ‘c’ en nog 19.997".
  var list = function (items) {
    var shown = items.slice(0, 3).map(function (s) { return "‘" + printable(String(s)).slice(0, 60) + "’"; }).join(", ");
    return items.length > 3 ? shown + " en nog " + (items.length - 3).toLocaleString("nl-NL") : shown;
  };
  // what names the kind of a JSON value.
  var what = function (v) {
    return v === null ? "leeg (null)" : Array.isArray(v) ? "een lijst" : typeof v === "object" ? "een object" : isText(v) ? "tekst" : typeof v === "number" ? "een getal" : typeof v === "boolean" ? "waar of onwaar" : "er niet";
  };
  var unreadable = "Dit bestand kan niet worden gelezen: ";
  // format checks a file's formaat and editie: an error for another
  // format, a note for another edition.
  var format = function (o, want, other, otherPage, edition, notes) {
    if (o.formaat !== undefined) {
      if (!isText(o.formaat)) { return unreadable + "\"formaat\" hoort tekst te zijn."; }
      if (o.formaat.indexOf(other) === 0) { return "Dit bestand is een " + otherPage + "; lees het in op die pagina."; }
      if (o.formaat !== want) { return "Dit bestand heeft formaat ‘" + printable(o.formaat).slice(0, 60) + "’; deze pagina leest ‘" + want + "’. Download het bestand opnieuw van deze pagina."; }
    }
    if (o.editie !== undefined && o.editie !== null) {
      if (!isText(o.editie) && typeof o.editie !== "number") { return unreadable + "\"editie\" hoort tekst te zijn."; }
      if (edition && String(o.editie) !== edition) { notes.push("Let op: dit bestand is van editie ‘" + printable(String(o.editie)).slice(0, 40) + "’, deze site is editie " + edition + "."); }
    }
    return "";
  };
  var unknownNote = function (notes, unknown, where) {
    if (unknown.length) { notes.push("Niet overgenomen: " + unknown.length.toLocaleString("nl-NL") + (unknown.length === 1 ? " project dat " : " projecten die ") + where + " (" + list(unknown) + ")."); }
  };
  // The readers return {choice, notes} or {error}; ctx is what the page
  // knows (see tickets.js and keuzelijst.js).
  w.readers = {
    // tickets resolves ids (or titles of an export from before ids) to
    // this edition's projects: unknown ones, doubles and those over max
    // are named and left out, never counted.
    tickets: function (ctx, source, data) {
      var notes = [], lib = "", wanted = [], plan, ROUND = /^\d\d:\d\d$/, KEY = /^[a-z0-9][a-z0-9-]*$/;
      // visit takes one round of a market plan (see tickets.js).
      var visit = function (round, key) {
        plan = plan || [];
        if (isText(round) && ROUND.test(round) && isText(key) && KEY.test(key) && !plan.some(function (p) { return p[0] === round; })) { plan.push([round, key]); } else { notes.push("Een ronde van het marktplan was onleesbaar en is overgeslagen."); }
      };
      var name = function (v) {
        var s = printable(v);
        if (s !== v.trim()) { notes.push("Tekens die in een naam niet thuishoren, zijn uit de naam van de Bibliotheek gehaald."); }
        return s;
      };
      if (source === "link") {
        var unknown = [], known = false;
        data.forEach(function (p) {
          if (p[0] === "bibliotheek") { lib = name(p[1]); known = true; } else if (p[0] === "tickets") { wanted = p[1].split(",").filter(Boolean); known = true; } else if (p[0] === "markt") {
            p[1].split(",").filter(Boolean).forEach(function (v) { var i = v.indexOf("."); visit(v.slice(0, i), v.slice(i + 1)); });
            known = true;
          } else { unknown.push(p[0]); }
        });
        if (!known) { return { error: "Deze link bevat geen keuze van tickets" + (unknown.length ? ": onbekend zijn " + list(unknown) : "") + "." }; }
        if (unknown.length) { notes.push("Overgeslagen, want onbekend: " + list(unknown) + "."); }
      } else {
        var err = format(data, ctx.format, "werkboek-keuzelijst", "keuzelijst (Ja, Misschien of Nee)", ctx.edition, notes);
        if (err) { return { error: err }; }
        if (data.bibliotheek !== undefined && data.bibliotheek !== null && !isText(data.bibliotheek)) { return { error: unreadable + "\"bibliotheek\" hoort tekst te zijn, maar is " + what(data.bibliotheek) + "." }; }
        if (!Array.isArray(data.tickets)) { return { error: unreadable + "\"tickets\" hoort een lijst te zijn, maar is " + what(data.tickets) + ". Kies het JSON-bestand van de pagina Tickets." }; }
        lib = isText(data.bibliotheek) ? name(data.bibliotheek) : "";
        var broken = 0;
        data.tickets.forEach(function (t) {
          var id = t !== null && typeof t === "object" && (isText(t.id) && t.id || isText(t.onderwerp) && t.onderwerp);
          if (id) { wanted.push(id); } else { broken++; }
        });
        if (broken) { notes.push(broken + (broken === 1 ? " ticket zonder" : " tickets zonder") + " id of onderwerp overgeslagen."); }
        if (Array.isArray(data.markt)) { data.markt.forEach(function (v) { visit(v && v.ronde, v && v.id); }); }
      }
      if (lib.length > MAXNAME) { return { error: "De naam van de Bibliotheek is langer dan " + MAXNAME + " tekens." }; }
      var keys = [], missing = [], twice = [], over = [];
      wanted.forEach(function (id) {
        var o = ctx.option(id);
        if (!o) { missing.push(id); } else if (keys.indexOf(o.value) >= 0) { twice.push(id); } else if (keys.length >= ctx.max) { over.push(id); } else { keys.push(o.value); }
      });
      unknownNote(notes, missing, "deze site niet kent");
      if (twice.length) { notes.push("Dubbel en één keer overgenomen: " + list(twice) + "."); }
      if (over.length) { notes.push("Boven het maximum van " + ctx.max + " en niet overgenomen: " + list(over) + "."); }
      if (!keys.length && !lib && wanted.length) { return { error: "Hierin staan geen projecten van deze site en geen Bibliotheek. " + notes.join(" ") }; }
      return { choice: { library: lib, keys: keys, plan: plan }, notes: notes };
    },
    // keuzelijst keeps the projects of this list with Ja, Misschien or
    // Nee; others are named and left out.
    keuzelijst: function (ctx, source, data) {
      var notes = [], pairs = data;
      if (source === "file") {
        var err = format(data, ctx.format, "werkboek-tickets", "tickets-bestand (pagina Tickets)", ctx.edition, notes), k = data.keuzes;
        if (err) { return { error: err }; }
        if (k === null || typeof k !== "object" || Array.isArray(k)) {
          return { error: unreadable + "\"keuzes\" hoort de projecten met Ja, Misschien of Nee te noemen, maar is " + what(k) + ". Kies het bestand keuzelijst.json van deze pagina." };
        }
        pairs = Object.keys(k).map(function (key) { return [key, k[key]]; });
      }
      var out = {}, unknown = [], wrong = [];
      pairs.forEach(function (p) {
        if (ctx.keys.indexOf(p[0]) < 0) { unknown.push(p[0]); } else if (!isText(p[1]) || !ctx.choice.test(p[1])) { wrong.push(p[0] + ": " + (isText(p[1]) ? p[1] : what(p[1]))); } else { out[p[0]] = p[1]; }
      });
      unknownNote(notes, unknown, "deze lijst niet heeft");
      if (wrong.length) { notes.push("Niet overgenomen, want niet Ja, Misschien of Nee: " + list(wrong) + "."); }
      if (!Object.keys(out).length && pairs.length) {
        return { error: (source === "link" ? "Deze link" : "Dit bestand") + " bevat geen keuze die deze lijst kent. " + notes.join(" ") };
      }
      return { choice: out, notes: notes };
    }
  };
  // receive offers what comes in to the page (see w.share in delen.js):
  //   pairs(choice)      the choice as the link's [key, value] pairs
  //   describe(choice)   the choice in a few words ("" when empty)
  //   put(choice)        takes it over, or refuses with {refused: why}
  //   read(source, data) checks what came in: a link's pairs, or a file
  //   current()          the choice in this browser
  w.receive = function (box, page) {
    var msg = $("[data-share-message]", box), offer = $("[data-offer]", box), pending = null, pendingNotes = "";
    var yes = $("[data-offer-yes]", offer), no = $("[data-offer-no]", offer);
    var close = function (text) {
      if (/=/.test(location.hash)) { history.replaceState(null, "", location.pathname + location.search); }
      if (offer.open) { offer.close(); }
      pending = null;
      msg.textContent = text;
    };
    // ask shows the offer, or only a message (offering nothing), in a
    // dialog over the page, so the page itself does not move. Opened, the
    // dialog puts the focus on its first button.
    var ask = function (text, choice) {
      pending = choice;
      $("[data-offer-text]", offer).textContent = text;
      yes.hidden = !choice;
      no.textContent = choice ? "Niet overnemen" : "Sluiten";
      if (offer.open) { (choice ? yes : no).focus(); } else { offer.showModal(); }
    };
    var propose = function (got, where) {
      if (got.error) {
        ask(got.error + " Uw eigen keuze blijft staan.", null);
        return;
      }
      var notes = got.notes.length ? " " + got.notes.join(" ") : "";
      if (w.enc(page.pairs(got.choice)) === w.enc(page.pairs(page.current()))) {
        ask("Deze keuze " + where + " heeft u al." + notes, null);
        return;
      }
      var mine = page.describe(page.current());
      pendingNotes = notes;
      ask("Keuze overnemen: " + (page.describe(got.choice) || "niets gekozen") + "?" + (mine ? " Uw keuze in deze browser (" + mine + ") wordt dan vervangen." : "") + notes, got.choice);
    };
    // put may refuse (the choice of tickets closed while the offer was
    // open): it then says why, and nothing was taken over.
    on(yes, "click", function () {
      var c = pending, n = pendingNotes, r;
      close("");
      r = page.put(c);
      msg.textContent = r && r.refused ? r.refused : ("Overgenomen. " + r + n).replace(/\s+/g, " ").trim();
    });
    on(no, "click", function () { close(pending ? "Niet overgenomen; uw eigen keuze blijft staan." : ""); });
    on(offer, "cancel", function (e) { e.preventDefault(); no.click(); });
    var kies = " Kies het JSON-bestand dat u van deze pagina heeft gedownload.";
    return {
      file: function (f) {
        if (f.size > 1024 * 1024) {
          propose({ error: "Dit bestand is " + Math.round(f.size / 1024 / 1024) + " MB; een keuze van deze pagina is een paar kilobyte." + kies });
          return;
        }
        f.text().then(function (t) {
          var data;
          try { data = JSON.parse(t); } catch (err) { return { error: unreadable + "het is geen JSON." + kies }; }
          if (data === null || typeof data !== "object" || Array.isArray(data)) {
            return { error: unreadable + "het hoort één keuze te zijn, tussen { en }, maar is " + what(data) + "." + kies };
          }
          return page.read("file", data);
        }).then(function (got) { propose(got, "uit dit bestand"); }, function () { propose({ error: unreadable.replace(/: $/, ".") + kies }); });
      },
      link: function () {
        var pairs = [], bad = [];
        location.hash.slice(1).split("&").forEach(function (kv) {
          var i = kv.indexOf("=");
          try {
            if (i > 0) { pairs.push([decodeURIComponent(kv.slice(0, i)), decodeURIComponent(kv.slice(i + 1))]); } else if (kv) { bad.push(decodeURIComponent(kv)); }
          } catch (e) { bad.push(kv); }
        });
        var got = page.read("link", pairs);
        if (bad.length && !got.error) { got.notes.push("Onleesbaar in de link en overgeslagen: " + list(bad) + "."); }
        if (bad.length && got.error) { got.error += " Onleesbaar: " + list(bad) + "."; }
        propose(got, "uit de link");
      },
      say: function (text) { if (!offer.open) { ask(text, null); } }
    };
  };
})();
