// Saves a proposal as it is written: a moment after typing stops, and when
// the page is hidden or closed. Without this script the Save button does
// the same; nothing depends on it.
(function () {
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var status = form.querySelector(".autosave-status");
  var timer = null;
  var dirty = false;
  function body() { return new URLSearchParams(new FormData(form)); }
  function save() {
    if (!dirty) return;
    dirty = false;
    fetch(form.action, { method: "POST", body: body(), headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        return r.json().then(function (answer) {
          // Not saved for a reason the writer cannot fix (the service is
          // briefly unavailable): the text stays here, and the next change
          // or hiding the page sends it again.
          if (!r.ok && r.status !== 422) dirty = true;
          // A saved text that names someone of the team is saved all the
          // same; the warning follows the confirmation.
          var said = answer.message || answer.detail || Object.values(answer.errors || {}).join(" ");
          if (status) status.textContent = answer.warning ? said + " " + answer.warning : said;
        });
      })
      .catch(function () { dirty = true; });
  }
  form.addEventListener("input", function () {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && dirty) {
      dirty = false;
      navigator.sendBeacon(form.action, body());
    }
  });
})();
