/* Staff console: keep the count of urgent safety flags to review current without reloading.
   Polls /flags/count (same origin, the session cookie) every 10 seconds. */
(function () {
  "use strict";
  var POLL_MS = 10000;
  var box = document.getElementById("urgent");
  var count = document.getElementById("urgent-count");
  if (!box || !count || !window.fetch) return;

  function show(urgent) {
    count.textContent = String(urgent);
    box.classList.toggle("has-urgent", urgent > 0);
    document.title = document.title.replace(/^\(\d+\) /, "");
    if (urgent > 0) document.title = "(" + urgent + ") " + document.title;
  }

  function poll() {
    fetch(box.getAttribute("data-count-url"), {credentials: "same-origin",
                                                headers: {"Accept": "application/json"}})
      .then(function (response) {
        if (response.status === 401) { window.location.href = "/login"; return null; }
        return response.ok ? response.json() : null;
      })
      .then(function (body) { if (body) show(body.urgent); })
      .catch(function () { /* offline for a moment: try again at the next tick */ });
  }

  poll();
  window.setInterval(poll, POLL_MS);
})();
