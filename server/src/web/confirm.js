// Asks before a form whose action cannot be undone or reaches many people:
// forms with data-confirm="<consequence>" show a dialog with that text;
// Confirm adds confirm=yes and submits, Cancel changes nothing. Without
// this script the server answers a confirmation page instead.
(function () {
  "use strict";
  var texts = document.currentScript;
  var forms = document.querySelectorAll("form[data-confirm]");
  if (!forms.length || typeof HTMLDialogElement === "undefined") return;
  var okLabel = (texts && texts.getAttribute("data-confirm-label")) || "OK";
  var cancelLabel = (texts && texts.getAttribute("data-cancel-label")) || "Cancel";

  var dialog = document.createElement("dialog");
  dialog.className = "confirm-dialog";
  dialog.setAttribute("aria-labelledby", "confirm-dialog-text");
  var text = document.createElement("p");
  text.id = "confirm-dialog-text";
  var buttons = document.createElement("div");
  var ok = document.createElement("button");
  ok.type = "button";
  ok.className = "primary danger";
  ok.textContent = okLabel;
  var cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "button secondary";
  cancel.textContent = cancelLabel;
  buttons.appendChild(ok);
  buttons.appendChild(document.createTextNode(" "));
  buttons.appendChild(cancel);
  dialog.appendChild(text);
  dialog.appendChild(buttons);
  document.body.appendChild(dialog);

  var pending = null;
  cancel.addEventListener("click", function () {
    pending = null;
    dialog.close();
  });
  dialog.addEventListener("cancel", function () {
    pending = null;
  });
  ok.addEventListener("click", function () {
    var form = pending;
    pending = null;
    dialog.close();
    if (!form) return;
    var field = form.querySelector("input[name=confirm]");
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = "confirm";
      form.appendChild(field);
    }
    field.value = "yes";
    form.submit();
  });

  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      var field = form.querySelector("input[name=confirm]");
      if (field && field.value === "yes") return;
      event.preventDefault();
      pending = form;
      text.textContent = form.getAttribute("data-confirm");
      dialog.showModal();
      cancel.focus();
    });
  });
})();
