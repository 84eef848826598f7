// Asks for the "similar ideas" box as the page opens, and a moment after
// the writer stops typing the title or the problem (or changes the topics).
// Without this script the box fills when the draft is saved; nothing
// depends on it.
(function () {
  var box = document.getElementById("similar");
  var form = document.querySelector("form[data-autosave]");
  if (!box || !form) return;
  var url = box.getAttribute("data-similar-url");
  var timer = null;
  var last = "";
  function refresh() {
    var data = new FormData(form);
    var params = new URLSearchParams();
    params.set("proposal", box.getAttribute("data-proposal"));
    ["title", "problem", "locale"].forEach(function (name) { params.set(name, data.get(name) || ""); });
    data.getAll("topic").forEach(function (code) { params.append("topic", code); });
    var query = params.toString();
    if (query === last) return;
    last = query;
    fetch(url + "?" + query, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) box.innerHTML = html; })
      .catch(function () { last = ""; });
  }
  form.addEventListener("input", function (event) {
    var name = event.target && event.target.name;
    if (["title", "problem", "topic", "locale"].indexOf(name) < 0) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 700);
  });
  refresh();
})();
