// delen.js: a choice that travels (used by keuzelijst.js and tickets.js
// on the pages that offer "Bewaar of deel uw keuze"): a link that holds
// the choice in its fragment (which a browser never sends to a server)
// and a JSON file to read back in. What comes in is checked and offered
// by ontvang.js, loaded only when something comes in.
(function () {
  "use strict";
  var w = window.werkboek, $ = w.$, on = w.on;
  w.enc = function (pairs) {
    return pairs.filter(function (p) { return p[1]; }).map(function (p) { return p[0] + "=" + encodeURIComponent(p[1]).replace(/%2[CF]/g, decodeURIComponent); }).join("&");
  };
  // A page gives share its box and what it knows of its choice (see
  // ontvang.js): it returns update, to call when the choice changed, and
  // say, to tell something over the page.
  w.share = function (box, page) {
    var link = $("[data-share-link]", box), msg = $("[data-share-message]", box), got = null;
    var receive = function (then) {
      got = got || new Promise(function (ok, fail) {
        var s = document.createElement("script");
        s.src = $("[data-receiver]", box).getAttribute("data-receiver");
        s.onload = ok;
        s.onerror = fail;
        document.head.appendChild(s);
      }).then(function () { return w.receive(box, page); });
      got.then(then, function () { msg.textContent = "Een gedeelde keuze lezen lukt nu niet; laad de pagina opnieuw."; });
    };
    on($("[data-share-copy]", box), "click", function () {
      link.select();
      try { navigator.clipboard.writeText(link.value).then(function () { msg.textContent = "De link is gekopieerd."; }); } catch (e) { /* selected: Ctrl+C copies */ }
    });
    on($("[data-share-file]", box), "change", function (e) {
      var f = e.target.files[0];
      e.target.value = "";
      if (f) { receive(function (r) { r.file(f); }); }
    });
    // A fragment without "=" is an anchor on the page (#inhoud), not a
    // choice.
    var fromLink = function () { if (location.hash.indexOf("=") >= 0) { receive(function (r) { r.link(); }); } };
    on(window, "hashchange", fromLink);
    fromLink();
    return {
      update: function () {
        link.value = location.href.split("#")[0] + "#" + w.enc(page.pairs(page.current()));
        $("[data-download=json]", box).href = "data:application/json;charset=utf-8," + encodeURIComponent(JSON.stringify(page.file(), null, 2));
      },
      say: function (text) { receive(function (r) { r.say(text); }); }
    };
  };
})();
