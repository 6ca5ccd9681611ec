/* The job page: follow a submitted article until it is stored, then open its record. */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) return;
  var url = box.dataset.statusUrl;
  var statusEl = document.getElementById("job-status");
  var messageEl = document.getElementById("job-message");
  var errorEl = document.getElementById("job-error");
  var resultEl = document.getElementById("job-result");
  var linkEl = document.getElementById("job-link");
  var progress = document.getElementById("job-progress");
  var MESSAGES = {
    queued: "Waiting for the worker.",
    running: "Reading it now: parsing, finding who said and did what…",
    done: "Done.",
    failed: "It could not be processed."
  };
  var tries = 0;
  var started = Date.now();
  var nav = window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
  var cameBack = nav && nav.type === "back_forward";

  function show(state) {
    statusEl.textContent = state.status;
    statusEl.className = "status-word st-job-" + state.status;
    messageEl.textContent = MESSAGES[state.status] || "";
    if (state.status === "done" && state.added === false) messageEl.textContent = "Done — this article was already in the store.";
    if (state.error) {
      errorEl.textContent = state.error.kind + ": " + state.error.message;
      errorEl.hidden = false;
    }
    if (state.article_url) {
      linkEl.setAttribute("href", state.article_url);
      resultEl.hidden = false;
    }
    if ((state.status === "done" || state.status === "failed") && progress) progress.hidden = true;
  }

  function poll() {
    tries += 1;
    fetch(url, { cache: "no-store", headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (state) {
        show(state);
        if (state.status === "done" && state.article_url) {
          window.location.assign(state.article_url);
        } else if (state.status !== "failed") {
          later();
        }
      })
      .catch(function () { later(); });
  }

  function later() {
    if (Date.now() - started > 15 * 60 * 1000) {
      messageEl.textContent = "Still waiting after 15 minutes; reload the page to look again.";
      return;
    }
    window.setTimeout(poll, tries < 30 ? 1000 : 3000);
  }

  var status = box.dataset.status;
  if (status === "done") {
    if (!cameBack && linkEl.getAttribute("href") !== "#") window.location.assign(linkEl.getAttribute("href"));
  } else if (status !== "failed") {
    later();
  }
})();
