// Link each highlight to its claims' rows and back. The page reads fine without this script.
(function () {
  "use strict";
  var article = document.getElementById("article");
  var parts = {}; // claim number -> its highlight elements
  article.querySelectorAll("[data-hl]").forEach(function (el) {
    el.getAttribute("data-hl").split(" ").forEach(function (part) {
      var claim = part.split(":")[0];
      (parts[claim] = parts[claim] || []).push(el);
    });
  });
  function claimsOf(el) {
    return el.getAttribute("data-hl").split(" ").map(function (part) { return part.split(":")[0]; });
  }
  function light(claims, on) {
    claims.forEach(function (claim) {
      (parts[claim] || []).forEach(function (el) { el.classList.toggle("active", on); });
      var row = document.querySelector('tr[data-claim="' + claim + '"]');
      if (row) { row.classList.toggle("active", on); }
    });
  }
  article.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("[data-hl]");
    if (el) { light(claimsOf(el), true); }
  });
  article.addEventListener("mouseout", function (e) {
    var el = e.target.closest && e.target.closest("[data-hl]");
    if (el) { light(claimsOf(el), false); }
  });
  document.querySelectorAll("tr[data-claim]").forEach(function (row) {
    var claim = row.getAttribute("data-claim");
    row.addEventListener("mouseenter", function () { light([claim], true); });
    row.addEventListener("mouseleave", function () { light([claim], false); });
    row.addEventListener("click", function () {
      var first = (parts[claim] || [])[0];
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    });
  });
})();
