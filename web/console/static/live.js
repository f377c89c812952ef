/* Staff console, live chat: show the patient's new messages and safety flags within a second,
   and send without reloading the page. Polls the page's data-feed-url (same origin, the session
   cookie) every second; the forms still work without this script. */
(function () {
  "use strict";
  var POLL_MS = 1000;
  var log = document.getElementById("live-log");
  var status = document.getElementById("live-status");
  var flags = document.getElementById("live-flags");
  if (!log || !window.fetch) return;
  var feedUrl = log.getAttribute("data-feed-url");
  var staffShown = status ? status.getAttribute("data-staff") : "";
  var flagsShown = flags ? flags.textContent.trim() : "";
  var polling = false;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function addTurn(turn) {
    var item = element("li", "turn " + turn.speaker);
    var meta = turn.who + " · " + turn.at + (turn.triage ? " · triage: " + turn.triage : "");
    item.appendChild(element("p", "meta", meta));
    item.appendChild(element("p", "text", turn.text));
    log.appendChild(item);
    log.setAttribute("data-after", String(turn.event));
    log.scrollTop = log.scrollHeight;
  }

  function showFlags(unreviewed) {
    var text = unreviewed.map(function (flag) { return flag.id + flag.label; }).join("|");
    if (!flags || text === flagsShown) return;
    flagsShown = text;
    flags.textContent = "";
    unreviewed.forEach(function (flag) {
      var line = element("p", "badge" + (flag.urgent ? " urgent-flag" : ""),
                         "Safety flag #" + flag.id + ": " + flag.label + " · ");
      var link = element("a", "", "review");
      link.href = "/flags";
      line.appendChild(link);
      flags.appendChild(line);
    });
  }

  function poll() {
    if (polling) return;
    polling = true;
    fetch(feedUrl + "&after=" + log.getAttribute("data-after"),
          {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) {
        if (response.status === 401) { window.location.href = "/login"; return null; }
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (!body) return;
        body.turns.forEach(addTurn);
        showFlags(body.unreviewed_flags);
        // Taken over or handed back elsewhere (a colleague, the idle time-out): show the right forms.
        if ((body.staff || "") !== staffShown) window.location.reload();
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ })
      .then(function () { polling = false; });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.live-send"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var state = document.getElementById("live-send-state");
      var text = form.querySelector("textarea");
      var buttons = form.querySelectorAll("button");
      // Read the form (with the button pressed) before disabling: disabled fields are not sent.
      var body = new URLSearchParams(new FormData(form, event.submitter));
      Array.prototype.forEach.call(buttons, function (button) { button.disabled = true; });
      fetch(form.action, {method: "POST", credentials: "same-origin",
                          headers: {"X-Requested-With": "fetch"}, body: body})
        .then(function (response) {
          if (!response.ok) return response.text().then(function (why) { throw new Error(why); });
          return response.json();
        })
        .then(function (body) {
          if (text) text.value = "";
          if (state) state.textContent = body.delivered ? "Sent." :
            "Not delivered: the patient's channel did not take it.";
          poll();
        })
        .catch(function (error) {
          if (state) state.textContent = error.message || "Not sent: try again.";
        })
        .then(function () {
          Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
          if (text) text.focus();
        });
    });
  });

  log.scrollTop = log.scrollHeight;
  window.setInterval(poll, POLL_MS);
})();
