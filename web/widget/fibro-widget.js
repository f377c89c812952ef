/*
 * Fibromyalgia assistant chat widget. No dependencies, no build step.
 * Embed:  <script src="/widget/fibro-widget.js" data-server-url="https://bot.example.org"
 *           data-title="Questions about fibromyalgia" data-color="#005a8c" data-lang="en" defer></script>
 * data-color is the clinic's colour as #rrggbb; the text on it is chosen for contrast.
 * Talks to the Rasa REST webhook (POST /webhooks/rest/webhook). Every text from the bot or the
 * patient is put on the page as text (textContent), never as HTML. A click on a read card's link
 * is counted for the clinic (POST /webhooks/rest/read_opened): which read, never who.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var config = {
    server: (script.getAttribute("data-server-url") || "http://127.0.0.1:5005").replace(/\/+$/, ""),
    title: script.getAttribute("data-title") || "Fibromyalgia questions",
    color: script.getAttribute("data-color"),
    lang: script.getAttribute("data-lang") || "en"
  };
  var TEXT = {
    open: "Chat about fibromyalgia",
    close: "Close chat",
    restart: "Start over",
    send: "Send",
    placeholder: "Type your question",
    typing: "The assistant is typing",
    you: "You",
    bot: "Assistant",
    fromClinic: " (clinic)",
    chattingWith: "You are chatting with ",
    newMessage: " (new message)",
    error: "Sorry, the assistant can't be reached right now.",
    retry: "Try again",
    readLink: "Read the article",
    disclaimer: "I'm an automated assistant with general information about fibromyalgia from " +
      "Cleveland Clinic, not medical advice. I can't diagnose. In an emergency, call 911 or your " +
      "local emergency number; for thoughts of suicide, call or text 988."
  };
  var STORE_KEY = "fibro-widget:" + config.server;
  var MAX_STORED = 200;
  var REPLY_TIMEOUT_MS = 20000;
  // Staff messages of a live hand-off: fetched every second while the chat is open, less often
  // while it is closed or the page is in the background.
  var POLL_OPEN_MS = 1000;
  var POLL_CLOSED_MS = 4000;
  var URL_PATTERN = /(https?:\/\/[^\s<>"')]+[^\s<>"').,;:!?])/g;

  var state = load();
  var lastSent = null;

  /* ---- storage: the conversation id, its token and the visible history, per browser ---- */

  /* A conversation id made here, used only when the server hands out none (live chat off). */
  function newSenderId() {
    // The sender id is the conversation's only credential: 122 random bits, never Math.random.
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));  // also outside secure contexts
    return "web-" + Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE_KEY));
      if (saved && saved.sender && Array.isArray(saved.messages)) return saved;
    } catch (ignored) { /* private mode or a corrupt entry: start afresh */ }
    return { sender: newSenderId(), messages: [] };
  }

  /* The server's conversation id and the token to fetch staff messages with, asked for when the
     page loads (and again before a message if that failed); a conversation the server already
     answered under another id keeps it. */
  var sessionAsked = null;
  function session() {
    if (state.token) return Promise.resolve();
    if (!sessionAsked) {
      sessionAsked = fetch(config.server + "/webhooks/live/session", {
        method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}"
      }).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (given) {
        if (state.answered) return;
        state.sender = given.sender;
        state.token = given.token;
        state.after = 0;
        save();
      }).catch(function () {
        sessionAsked = null;  // live chat off or unreachable: the assistant still answers
      });
    }
    return sessionAsked;
  }

  function save() {
    state.messages = state.messages.slice(-MAX_STORED);
    try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch (ignored) { /* full */ }
  }

  /* ---- small DOM helpers ---- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function safeLink(href, text) {
    var link = el("a", "fw-link", text);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  /* Text with its web addresses as links; everything else stays plain text. */
  function appendLinkified(parent, text) {
    var last = 0;
    text.replace(URL_PATTERN, function (url, _group, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      parent.appendChild(safeLink(url, url));
      last = offset + url.length;
      return url;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* White or near-black, whichever reads better on the clinic's colour (WCAG contrast). */
  function textColorOn(hex) {
    var rgb = (/^#([0-9a-f]{6})$/i.exec(hex) || [])[1];
    if (!rgb) return null;
    var luminance = [0, 2, 4].reduce(function (sum, at, i) {
      var c = parseInt(rgb.substr(at, 2), 16) / 255;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      return sum + c * [0.2126, 0.7152, 0.0722][i];
    }, 0);
    return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#111111";
  }

  function timeLabel(iso) {
    var time = el("time", "fw-time", new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    time.dateTime = iso;
    return time;
  }

  /* ---- the widget ---- */

  var root = el("div", "fw-root");
  root.lang = config.lang;
  if (textColorOn(config.color)) {
    root.style.setProperty("--fw-accent", config.color);
    root.style.setProperty("--fw-accent-text", textColorOn(config.color));
  }

  var launcher = el("button", "fw-launcher", TEXT.open);
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "fw-panel");

  var panel = el("section", "fw-panel");
  panel.id = "fw-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "fw-title");

  var header = el("header", "fw-header");
  var title = el("h2", "fw-title", config.title);
  title.id = "fw-title";
  var restart = el("button", "fw-restart", TEXT.restart);
  restart.type = "button";
  var close = el("button", "fw-close", "\u00d7");
  close.type = "button";
  close.setAttribute("aria-label", TEXT.close);
  header.append(title, restart, close);

  var log = el("div", "fw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", config.title);
  log.tabIndex = 0;

  var typing = el("div", "fw-typing");
  typing.hidden = true;
  typing.setAttribute("role", "status");
  typing.append(el("span", "fw-sr", TEXT.typing), el("span", "fw-dot"), el("span", "fw-dot"), el("span", "fw-dot"));

  var error = el("div", "fw-error");
  error.hidden = true;
  error.setAttribute("role", "alert");
  var retry = el("button", "fw-retry", TEXT.retry);
  retry.type = "button";
  error.append(el("span", "", TEXT.error), retry);

  var form = el("form", "fw-form");
  var label = el("label", "fw-sr", TEXT.placeholder);
  label.htmlFor = "fw-input";
  var input = el("textarea", "fw-input");
  input.id = "fw-input";
  input.rows = 1;
  input.maxLength = 4000;
  input.placeholder = TEXT.placeholder;
  var send = el("button", "fw-send", TEXT.send);
  send.type = "submit";
  form.append(label, input, send);

  var live = el("p", "fw-live");
  live.hidden = true;
  live.setAttribute("role", "status");

  panel.append(header, live, log, typing, error, form);
  root.append(launcher, panel);

  /* ---- rendering messages ---- */

  /* Tell the server which read was opened, for the clinic's statistics; failures don't matter. */
  function countReadOpened(readId) {
    fetch(config.server + "/webhooks/rest/read_opened", {
      method: "POST",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ read: readId })
    }).catch(function () { /* not counted */ });
  }

  function renderCards(reads) {
    var list = el("ul", "fw-cards");
    reads.forEach(function (read) {
      var card = el("li", "fw-card");
      card.append(el("h3", "fw-card-title", read.title || ""));
      if (read.date) card.append(el("p", "fw-card-date", read.date));
      if (read.summary) card.append(el("p", "fw-card-summary", read.summary));
      if (/^https?:\/\//.test(read.url || "")) {
        var link = safeLink(read.url, TEXT.readLink);
        if (typeof read.id === "string") {
          link.addEventListener("click", function () { countReadOpened(read.id); });
        }
        card.append(link);
      }
      list.append(card);
    });
    return list;
  }

  function renderButtons(buttons) {
    var group = el("div", "fw-replies");
    group.setAttribute("role", "group");
    buttons.forEach(function (button) {
      var choice = el("button", "fw-reply", button.title || button.payload);
      choice.type = "button";
      choice.addEventListener("click", function () { submit(button.payload, button.title); });
      group.append(choice);
    });
    return group;
  }

  function render(message) {
    var item = el("div", "fw-msg fw-msg--" + message.from);
    var who = message.from === "user" ? TEXT.you :
      message.from === "staff" ? message.author + TEXT.fromClinic : TEXT.bot;
    item.append(el("span", "fw-sr", who + ": "));
    if (message.text) {
      var bubble = el("p", "fw-bubble");
      appendLinkified(bubble, message.text);
      item.append(bubble);
    }
    if (message.reads) item.append(renderCards(message.reads));
    if (message.buttons && message.buttons.length) item.append(renderButtons(message.buttons));
    item.append(timeLabel(message.time));
    log.append(item);
    log.scrollTop = log.scrollHeight;
  }

  function add(message) {
    message.time = message.time || new Date().toISOString();
    state.messages.push(message);
    save();
    render(message);
  }

  /* Quick replies answer the latest question only: older ones go when the patient sends. */
  function retireQuickReplies() {
    Array.prototype.forEach.call(log.querySelectorAll(".fw-replies"), function (group) { group.remove(); });
    state.messages.forEach(function (message) { delete message.buttons; });
  }

  function showHistory() {
    log.textContent = "";
    if (!state.messages.length) add({ from: "notice", text: TEXT.disclaimer });
    else state.messages.forEach(render);
  }

  /* ---- talking to the server ---- */

  function fromReply(reply) {
    var custom = reply.custom || {};
    return {
      from: "bot",
      text: reply.text || "",
      buttons: reply.buttons || [],
      reads: Array.isArray(custom.reads) ? custom.reads : null
    };
  }

  function post(payload) {
    typing.hidden = false;
    error.hidden = true;
    var abort = new AbortController();
    var timer = setTimeout(function () { abort.abort(); }, REPLY_TIMEOUT_MS);
    return session().then(function () {
      return fetch(config.server + "/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: state.sender, message: payload }),
        signal: abort.signal
      });
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (replies) {
      lastSent = null;
      state.answered = true;
      replies.forEach(function (reply) { add(fromReply(reply)); });
    }).catch(function () {
      error.hidden = false;
    }).then(function () {
      clearTimeout(timer);
      typing.hidden = true;
    });
  }

  function submit(payload, shown) {
    if (!payload || !payload.trim()) return;
    retireQuickReplies();
    add({ from: "user", text: shown || payload });
    lastSent = payload;
    post(payload);
  }

  /* Staff messages of a live hand-off (the server keeps them until fetched). */
  function showStaff(staff) {
    live.hidden = !staff;
    live.textContent = staff ? TEXT.chattingWith + staff + TEXT.fromClinic : "";
  }

  function fetchStaffMessages() {
    if (!state.token) return Promise.resolve();
    return fetch(config.server + "/webhooks/live/messages", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ sender: state.sender, token: state.token, after: state.after || 0 })
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (news) {
      if (!news) return;
      showStaff(news.staff);
      news.messages.forEach(function (message) {
        state.after = message.id;
        add({ from: message.author ? "staff" : "bot", author: message.author, text: message.text,
              time: message.at });
      });
      if (news.messages.length && panel.hidden) {
        launcher.classList.add("fw-launcher--unread");
        launcher.textContent = TEXT.open + TEXT.newMessage;
      }
    }).catch(function () { /* offline for a moment: next time */ });
  }

  function keepFetching() {
    fetchStaffMessages().then(function () {
      setTimeout(keepFetching, panel.hidden || document.hidden ? POLL_CLOSED_MS : POLL_OPEN_MS);
    });
  }

  /* ---- opening, closing, keyboard ---- */

  function open() {
    panel.hidden = false;
    launcher.classList.remove("fw-launcher--unread");
    launcher.textContent = TEXT.open;
    launcher.setAttribute("aria-expanded", "true");
    if (!log.childNodes.length) showHistory();
    log.scrollTop = log.scrollHeight;
    input.focus();
  }

  function shut() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", function () { panel.hidden ? open() : shut(); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") shut(); });
  retry.addEventListener("click", function () { if (lastSent) post(lastSent); });
  restart.addEventListener("click", function () {
    state = { sender: newSenderId(), messages: [] };
    sessionAsked = null;
    showStaff(null);
    save();
    error.hidden = true;
    showHistory();
    input.focus();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    submit(text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });

  var styles = document.createElement("link");
  styles.rel = "stylesheet";
  styles.href = new URL("fibro-widget.css", script.src).href;
  document.head.append(styles);
  document.body.append(root);
  session().then(keepFetching);
})();
