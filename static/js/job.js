// The job page's poller: asks for the job's state every two seconds and
// reloads the page when it changes (the page refreshes itself without this
// file too, through its meta refresh).
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box || !window.fetch) return;
  var url = box.getAttribute("data-status-url");
  var last = null;
  function look() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) return;
        var bar = document.getElementById("job-progress");
        if (bar) bar.value = s.progress;
        var key = s.state + ":" + s.step;
        if (last !== null && key !== last) { window.location.reload(); return; }
        last = key;
        if (!s.finished) window.setTimeout(look, 1000);
      })
      .catch(function () {});
  }
  look();
})();
