/* A text box that narrows a long list of checkboxes to the entries whose
   label holds what is typed (the letter form's recipients). Without
   JavaScript the box stays hidden and the whole list is shown. Accents,
   case and Arabic letter forms set aside, as the server sorts names. */
(function () {
  "use strict";

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064a")
      .replace(/\u0629/g, "\u0647").toLowerCase();
  }

  document.querySelectorAll("input[data-filters]").forEach(function (box) {
    var list = document.getElementById(box.getAttribute("data-filters"));
    if (!list) { return; }
    var wrapper = box.closest("[hidden]");
    if (wrapper) { wrapper.hidden = false; }
    var none = list.parentNode.querySelector(".pick-none");
    var entries = Array.prototype.map.call(list.children, function (li) {
      return { li: li, text: fold(li.textContent), input: li.querySelector("input") };
    });
    box.addEventListener("input", function () {
      var wanted = fold(box.value.trim());
      var shown = 0;
      entries.forEach(function (entry) {
        // A ticked entry stays in sight: it is part of the letter.
        var keep = !wanted || entry.text.indexOf(wanted) !== -1 || entry.input.checked;
        entry.li.hidden = !keep;
        if (keep) { shown += 1; }
      });
      if (none) { none.hidden = shown !== 0; }
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  });
}());

/* The open items to tick follow the recipients ticked: the form's own page,
   asked again with the recipients and the items already ticked, gives the
   new list (the same address "Record a letter" links use). Without
   JavaScript the list is that of the recipients the form was opened with. */
(function () {
  "use strict";
  var picker = document.getElementById("items-picker");
  if (!picker || !window.fetch || !window.DOMParser) { return; }
  var recipients = document.getElementById(picker.getAttribute("data-refresh-from"));
  if (!recipients) { return; }
  var asked = 0;

  function ticked(name) {
    return Array.prototype.map.call(
      document.querySelectorAll("input[name=" + name + "]:checked"),
      function (box) { return box.value; }
    );
  }

  recipients.addEventListener("change", function () {
    var query = new URLSearchParams();
    ticked("recipients").slice(0, 50).forEach(function (id) { query.append("recipients", id); });
    ticked("items").slice(0, 200).forEach(function (id) { query.append("items", id); });
    var mine = ++asked;
    fetch(window.location.pathname + "?" + query.toString(), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || mine !== asked) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("items-picker");
        if (!fresh) { return; }
        var still = ticked("items");  // ticked while the page was asked for
        picker.innerHTML = fresh.innerHTML;
        still.forEach(function (id) {
          var box = picker.querySelector("input[name=items][value='" + id + "']");
          if (box) { box.checked = true; }
        });
        picker.dispatchEvent(new CustomEvent("items-refreshed", { bubbles: true }));
      })
      .catch(function () { /* the list stays as it was */ });
  });
}());
