// vooraf.js: the tickets a library chose, shown from the first paint.
// Every page loads it in its <head> without defer, so it runs before the
// page is drawn: it reads what this browser keeps and fills in, as the
// parser adds them, the count in the header, a chosen card's state and
// the rows of the tickets page. tickets.js keeps them up to date with
// the same functions (window.werkboekTickets), so nothing moves.
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;
  var store = (root.getAttribute("data-werkboek") || "werkboek") + ":tickets";
  // chosen is what tickets.js would show: the well-formed tickets, each
  // project once (its shape check repairs the rest the same way).
  function chosen() {
    var v = null, out = [];
    try { v = JSON.parse(localStorage.getItem(store)); } catch (e) { /* nothing kept, or unreadable */ }
    if (v && Array.isArray(v.chosen)) {
      v.chosen.forEach(function (c) {
        var ok = c && typeof c.key === "string" && typeof c.prio === "string" && typeof c.title === "string";
        if (ok && !out.some(function (d) { return d.key === c.key; })) { out.push(c); }
      });
    }
    return out;
  }
  // bare is a card's label without its number: "1 Spoenk: …" → "Spoenk: …".
  function bare(title) { return title.replace(/^\d+\s+/, ""); }
  function text(e, s) { if (e && e.textContent !== s) { e.textContent = s; } }
  // paint shows the choice in what of the page is there.
  function paint(list) {
    var n = list.length;
    root.classList.toggle("has-tickets", n > 0);
    Array.prototype.forEach.call(doc.querySelectorAll("[data-ticket-count]"), function (e) { text(e, String(n)); });
    var card = doc.querySelector("[data-ticket-card]");
    if (card) {
      var at = -1, key = card.getAttribute("data-ticket-card");
      list.forEach(function (c, i) { if (c.key === key) { at = i; } });
      card.classList.toggle("is-chosen", at >= 0);
      card.classList.toggle("is-full", at < 0 && n >= +card.getAttribute("data-max"));
      text(card.querySelector("[data-ticket-n]"), String(at + 1));
    }
    var picker = doc.querySelector("[data-tickets]");
    if (picker) { picker.classList.toggle("is-full", n >= +picker.getAttribute("data-max")); }
    var ol = doc.querySelector("[data-chosen]");
    if (ol && ol.nextElementSibling) { rows(ol, list); }
  }
  // rows fills the tickets page's list: a row per ticket, filled or
  // emptied, never taken away, so nothing below it moves.
  function rows(ol, list) {
    var max = +ol.getAttribute("data-max");
    while (ol.children.length < Math.max(max, list.length)) { ol.appendChild(ol.lastElementChild.cloneNode(true)); }
    Array.prototype.forEach.call(ol.children, function (li, i) {
      var c = list[i];
      li.classList.toggle("empty", !c);
      text(li.querySelector(".chosen-title"), c ? bare(c.title) : "nog niet gekozen");
      text(li.querySelector(".chosen-prio"), c ? c.prio : "");
    });
  }
  var first = chosen();
  window.werkboekTickets = { paint: paint, rows: rows, bare: bare };
  if (!first.length) { return; }
  paint(first);
  // Fill in what the parser adds, before the browser draws it.
  var watch = new MutationObserver(function () { paint(first); });
  watch.observe(doc, { childList: true, subtree: true });
  doc.addEventListener("DOMContentLoaded", function () { watch.disconnect(); paint(first); });
})();
