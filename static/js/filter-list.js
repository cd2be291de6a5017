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
