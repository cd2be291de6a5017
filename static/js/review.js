/* The review before import (templates/decisions/intake/draft.html): warn
   before the page is left with changes not saved, and open the new-owner
   row of a paragraph made a request. */
(function () {
  "use strict";
  var review = document.getElementById("review");
  if (!review) { return; }
  var dirty = false;
  var saving = false;

  function edited(event) {
    var field = event.target;
    if (field.form !== review) { return; }
    dirty = true;
    if (/^p-\d+-kind$/.test(field.name) && field.value === "request") {
      var section = field.closest(".intake-para");
      var add = section && section.querySelector("details.intake-add");
      if (add) { add.open = true; }
    }
  }

  document.addEventListener("input", edited);
  document.addEventListener("change", edited);
  review.addEventListener("submit", function () { saving = true; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty && !saving) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}());
