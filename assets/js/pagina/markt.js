// markt.js: the plan of a library's visits to the choices of the
// programme (the market): per round one option, a priority at most once
// per choice, kept in this browser like the checklist. tickets.js puts
// the plan in the tickets' download, mail and link (see
// generator/tickets/formaat.md); the print edition shows it ticked.
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, $$ = w.$$, load = w.load, save = w.save, on = w.on, el = w.el;
  var forms = $$("[data-markt-form]");
  if (!forms.length) { return; }
  var ROUND = /^\d\d:\d\d$/, notice = "";
  // shape checks what this browser keeps: {plan: {"11:00": {k, o, z}}, t}.
  var isText = function (v) { return typeof v === "string"; };
  var shape = function (v) {
    var out = { plan: {} }, exact = v !== null && typeof v === "object" && !Array.isArray(v) && v.plan !== null && typeof v.plan === "object";
    if (exact && isText(v.t)) { out.t = v.t; }
    if (exact) {
      Object.keys(v.plan).forEach(function (r) {
        var p = v.plan[r];
        if (ROUND.test(r) && p !== null && typeof p === "object" && isText(p.k) && p.k) {
          out.plan[r] = { k: p.k, o: isText(p.o) ? p.o : "", z: isText(p.z) ? p.z : "" };
        } else { exact = false; }
      });
    }
    return { value: out, exact: exact };
  };
  var state = load("markt", { plan: {} }, shape, function (aside) {
    notice = "Het marktplan dat deze browser bewaarde, was onleesbaar; het staat apart onder ‘" + aside + "’.";
  });
  var box = $("[data-markt]"), closesAt = box && box.getAttribute("data-closes") ? Date.parse(box.getAttribute("data-closes")) : NaN;
  var closed = function () { return !!(box && box.hasAttribute("data-closed")) || Date.now() >= closesAt; };
  var message = $("[data-markt-message]");
  var say = function (text) { if (message) { message.textContent = text; } };
  var optionOf = function (input) {
    return { k: input.value, o: $(".markt-optie", input.closest("label")).textContent, z: input.getAttribute("data-zaal") || "" };
  };
  // The checklist's Ja priorities come first in every round.
  var ja = {}, list = load("keuzelijst", {});
  if (list && typeof list === "object") {
    Object.keys(list).forEach(function (k) { if (list[k] === "Ja") { ja[k.split("/")[0]] = true; } });
  }
  $$(".markt-form[data-markt-form] .markt-opties").forEach(function (ul) {
    if (ul.closest(".p-markt")) { return; }
    $$("li", ul).filter(function (li) { var i = $("input", li); return ja[i.getAttribute("data-prio")]; }).reverse().forEach(function (li) {
      li.classList.add("is-ja");
      $("label", li).appendChild(el("span", "markt-ja", "Ja in uw keuzelijst"));
      ul.insertBefore(li, ul.firstChild);
    });
  });
  // A plan that came with a link names only keys: the form knows their
  // text and room; a key the form does not know is not shown.
  var known = function (r) {
    var p = state.plan[r], f = p && forms.length && $("[data-ronde=\"" + r + "\"]", forms[0]);
    var i = f && $$("input[type=radio]", f).filter(function (x) { return x.value === p.k; })[0];
    return i ? optionOf(i) : null;
  };
  var paint = function () {
    forms.forEach(function (form) {
      $$("input[type=radio]", form).forEach(function (i) {
        var r = i.closest("[data-ronde]").getAttribute("data-ronde"), p = state.plan[r];
        i.checked = !!p && p.k === i.value;
        i.disabled = closed();
      });
    });
    $$("[data-markt-plan] li").forEach(function (li) {
      var p = known(li.getAttribute("data-ronde"));
      $("span", li).textContent = p ? p.o + (p.z ? ", " + p.z : "") : "nog niet gekozen";
      li.classList.toggle("is-gekozen", !!p);
    });
    var reset = $("[data-markt-reset]");
    if (reset) { reset.disabled = closed(); }
  };
  var keep = function () { state.t = new Date().toISOString(); save("markt", state); paint(); };
  forms.forEach(function (form) {
    $$("input[type=radio]", form).forEach(function (input) {
      on(input, "change", function () {
        var round = input.closest("[data-ronde]"), r = round.getAttribute("data-ronde"), prio = input.getAttribute("data-prio");
        if (closed()) { paint(); say("De keuze is gesloten; uw plan verandert niet meer."); return; }
        var other = prio && $$("[data-ronde]", input.closest(".markt-keuze")).filter(function (f) {
          var p = state.plan[f.getAttribute("data-ronde")];
          return f !== round && p && $("input[value=\"" + p.k + "\"][data-prio=\"" + prio + "\"]", f);
        })[0];
        if (other) {
          paint();
          say("U bezoekt " + optionOf(input).o + " al in " + other.getAttribute("data-label").toLowerCase() + "; een prioriteit bezoekt u één keer. Kies hier iets anders.");
          return;
        }
        state.plan[r] = optionOf(input);
        keep();
        say("Gekozen voor " + round.getAttribute("data-label").toLowerCase() + ": " + state.plan[r].o + ".");
      });
    });
  });
  on($("[data-markt-reset]"), "click", function () {
    if (closed()) { return; }
    state.plan = {};
    keep();
    say("Uw plan is gewist.");
  });
  paint();
  if (!isNaN(closesAt) && !closed()) { setTimeout(paint, Math.min(closesAt - Date.now(), 2147483647)); }
  if (notice) { say(notice); }
})();
