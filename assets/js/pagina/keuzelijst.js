// keuzelijst.js: Ja / Misschien / Nee per project on the checklist, kept
// in this browser, printed, and shared (delen.js).
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, $$ = w.$$, load = w.load, save = w.save, on = w.on;
  var shareBox = $("[data-share]"), edition = shareBox && shareBox.getAttribute("data-edition"), book = shareBox && shareBox.getAttribute("data-book");
  var FORMAT = "werkboek-keuzelijst 1", CHOICE = /^(Ja|Misschien|Nee)$/;
  // Checklist: Ja / Misschien / Nee per row, kept in this browser.
  var checklist = $("[data-checklist]");
  if (!checklist) { return; }
  // shape checks what this browser keeps: an object of project keys and
  // Ja, Misschien or Nee. Projects of other pages (or of an earlier
  // edition) are kept; anything else is repaired (and kept aside by load).
  var shape = function (v) {
    var out = {}, exact = v !== null && typeof v === "object" && !Array.isArray(v);
    if (exact) {
      Object.keys(v).forEach(function (k) {
        if (k !== "__proto__" && typeof v[k] === "string" && CHOICE.test(v[k])) { out[k] = v[k]; } else { exact = false; }
      });
    }
    return { value: out, exact: exact };
  };
  var broken = "";
  var choices = load("keuzelijst", {}, shape, function (aside) {
    broken = "De keuzelijst die deze browser bewaarde, was onleesbaar; ze staat apart onder ‘" + aside + "’ en hier is gebruikt wat nog te lezen was.";
  });
  var tools = $("[data-checklist-tools]"), shared;
  var rows = $$("tr[data-key]", checklist), keys = rows.map(function (r) { return r.getAttribute("data-key"); });
  // only keeps the choices of rows on this page: p maps keys to values.
  var only = function (p) {
    var out = {};
    keys.forEach(function (k) { if (Object.prototype.hasOwnProperty.call(p, k) && CHOICE.test(p[k])) { out[k] = p[k]; } });
    return out;
  };
  var tally = function (p) {
    var count = { Ja: 0, Misschien: 0, Nee: 0 }, any = false;
    Object.keys(p = only(p)).forEach(function (k) { count[p[k]]++; any = true; });
    return any ? count.Ja + " × Ja, " + count.Misschien + " × Misschien, " + count.Nee + " × Nee" : "";
  };
  // of counts the list as the rest of the site does: "21 projecten en 3
  // programma's", not one number for both.
  var count = function (cls, one, more) { var n = $$("tr." + cls, checklist).length; return n ? n + " " + (n === 1 ? one : more) : ""; };
  var of = [count("checklist-card", "project", "projecten"), count("checklist-programme", "programma", "programma’s")].filter(Boolean).join(" en ");
  var summary = function () {
    var t = tally(choices);
    $("[data-checklist-summary]", tools).textContent = t ? t + " (van " + of + ")" : "Nog niets gekozen: kies per project Ja, Misschien of Nee.";
    save("keuzelijst", choices);
    if (shared) { shared.update(); }
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
  shared = w.share(tools, {
    current: function () { return only(choices); },
    pairs: function (c) { return keys.filter(function (k) { return c[k]; }).map(function (k) { return [k, c[k]]; }); },
    describe: tally,
    put: function (c) { choices = only(c); paint(); return ""; },
    read: function (source, data) { return w.readers.keuzelijst({ keys: keys, choice: CHOICE, format: FORMAT, edition: edition }, source, data); },
    file: function () { return { formaat: FORMAT, werkboek: book, editie: edition, keuzes: only(choices) }; }
  });
  paint();
  if (broken) { shared.say(broken); }
})();
