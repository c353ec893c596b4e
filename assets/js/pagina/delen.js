// delen.js: a choice that travels (used by keuzelijst.js and tickets.js
// on the pages that offer "Bewaar of deel uw keuze").
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, $$ = w.$$, load = w.load, save = w.save, el = w.el, on = w.on, fold = w.fold;
  // Choices that travel: a link that holds the choice in its fragment
  // (which a browser never sends to a server) and a JSON file to read back
  // in. A choice from a link or a file is offered, never taken silently.
  function enc(p) {
    return Object.keys(p).filter(function (k) { return p[k]; }).map(function (k) { return k + "=" + encodeURIComponent(p[k]).replace(/%2[CF]/g, decodeURIComponent); }).join("&");
  }
  w.share = function (box, get, put, describe, fromJSON, json) {
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
  };
})();
