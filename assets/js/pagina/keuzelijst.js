// keuzelijst.js: Ja / Misschien / Nee per project on the checklist, kept
// in this browser, printed, and shared (delen.js).
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, $$ = w.$$, load = w.load, save = w.save, el = w.el, on = w.on, fold = w.fold;
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
    shared = w.share(tools, function () { return only(choices); }, function (p) { choices = only(p); paint(); return ""; }, tally,
      function (o) { return o.keuzes; },
      function () { return { formaat: "werkboek-keuzelijst 1", werkboek: book, editie: edition, keuzes: only(choices) }; });
    paint();
  }
})();
