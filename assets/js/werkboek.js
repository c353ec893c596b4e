// werkboek.js: small enhancements for readers; every page works without it.
(function () {
  "use strict";
  // "Afdrukken" buttons print the page (they stay hidden without script).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
