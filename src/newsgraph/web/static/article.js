/* The article view: select a highlight to see the fact it belongs to.
 * Every card shown in the panel is a copy of a card the server already rendered (escaped)
 * below the text; nothing here builds markup from record strings. */
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var panel = document.getElementById("fact-panel");
  var body = document.getElementById("panel-body");
  var empty = document.getElementById("panel-empty");
  if (!text || !panel || !body) return;

  document.documentElement.classList.add("js");
  Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (el) { el.hidden = false; });
  Array.prototype.forEach.call(document.querySelectorAll(".no-js"), function (el) { el.hidden = true; });
  panel.hidden = false;

  var marks = Array.prototype.slice.call(text.querySelectorAll("mark.hl"));
  marks.forEach(function (mark) {
    mark.tabIndex = 0;
    // Only marks with no mark inside are announced as buttons: a button may not hold another.
    if (!mark.querySelector("mark")) mark.setAttribute("role", "button");
  });

  var selected = [];

  /* The facts under a mark, innermost first: a mention inside a quote gives [E3, A1]. */
  function factsAt(mark) {
    var facts = [];
    for (var el = mark; el && el !== text; el = el.parentElement) {
      if (el.tagName === "MARK" && el.dataset.fact && facts.indexOf(el.dataset.fact) < 0) facts.push(el.dataset.fact);
    }
    return facts;
  }

  function copyOf(card, primary) {
    var copy = card.cloneNode(true);
    copy.removeAttribute("id");
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
    copy.classList.add(primary ? "primary" : "enclosing");
    return copy;
  }

  function select(mark) {
    selected.forEach(function (el) { el.classList.remove("selected"); });
    selected = [];
    var facts = factsAt(mark);
    if (!facts.length) return;
    marks.forEach(function (m) {
      if (m.dataset.fact === facts[0]) { m.classList.add("selected"); selected.push(m); }
    });
    body.textContent = "";
    facts.forEach(function (id, i) {
      var card = document.getElementById("fact-" + id);
      if (!card) return;
      if (i === 1) {
        var within = document.createElement("p");
        within.className = "within";
        within.textContent = "Inside:";
        body.appendChild(within);
      }
      body.appendChild(copyOf(card, i === 0));
    });
    empty.hidden = body.childElementCount > 0;
    panel.classList.add("has-selection");
  }

  function clear() {
    selected.forEach(function (el) { el.classList.remove("selected"); });
    selected = [];
    body.textContent = "";
    empty.hidden = false;
    panel.classList.remove("has-selection");
  }

  text.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark && text.contains(mark)) select(mark);
  });
  text.addEventListener("keydown", function (event) {
    var t = event.target;
    if (t.tagName !== "MARK") return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(t);
    } else if (event.key === "Escape") {
      clear();
    }
  });

  /* The legend's boxes switch a layer of marks off and on. */
  Array.prototype.forEach.call(document.querySelectorAll(".layer-toggle"), function (box) {
    box.hidden = false;
    box.addEventListener("change", function () {
      text.classList.toggle("off-" + box.value, !box.checked);
    });
  });

  /* A link to #fact-V2 (from the timeline, search or an actor page) selects that fact's words. */
  var hash = decodeURIComponent(window.location.hash || "");
  if (hash.indexOf("#fact-") === 0) {
    var id = hash.slice(6);
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].dataset.fact === id) {
        select(marks[i]);
        marks[i].scrollIntoView({ block: "center" });
        break;
      }
    }
  }
})();
