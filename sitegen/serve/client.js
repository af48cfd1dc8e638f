// sitegen's dev-server client: live reload, the error overlay and the engagement
// panel. Injected into HTML responses by `sitegen serve` only; never written to
// the built site.
(function () {
  "use strict";
  if (window.__sitegen) return;
  var state = (window.__sitegen = { reloads: 0, connected: false });
  var host = document.createElement("sitegen-dev");
  var shadow = host.attachShadow({ mode: "open" });
  shadow.innerHTML =
    "<style>" +
    ":host{all:initial}" +
    ".overlay{position:fixed;inset:0;z-index:2147483646;background:#141418;color:#f4f4f5;" +
    "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;overflow:auto;padding:2rem;box-sizing:border-box}" +
    ".overlay h2{font:600 18px/1.3 system-ui,sans-serif;color:#fca5a5;margin:0 6.5rem 1rem 0}" +
    ".overlay.lint h2{color:#fcd34d}.overlay.lint .error{border-left-color:#fbbf24}" +
    ".overlay p.how{font:13px/1.4 system-ui,sans-serif;color:#d4d4d8;margin:0 0 1rem}" +
    ".close{position:absolute;top:1rem;right:1rem;font:600 14px/1 system-ui,sans-serif;color:#f4f4f5;" +
    "background:#3f3f46;border:1px solid #71717a;border-radius:6px;padding:.5rem .75rem;cursor:pointer}" +
    ".close:focus-visible,.badge:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}" +
    ".error{border-left:4px solid #f87171;background:#27272a;padding:.75rem 1rem;margin:0 0 1rem;border-radius:4px}" +
    ".where{color:#93c5fd}.hint{color:#a1a1aa;margin-top:.25rem}" +
    ".source{white-space:pre;color:#e4e4e7;background:#18181b;padding:.25rem .5rem;margin-top:.5rem;border-radius:3px;overflow:auto}" +
    ".badge{position:fixed;right:1rem;bottom:1rem;z-index:2147483645;font:600 13px/1 system-ui,sans-serif;" +
    "border:0;border-radius:999px;padding:.6rem .9rem;cursor:pointer;color:#fff;background:#15803d;box-shadow:0 2px 8px rgba(0,0,0,.3)}" +
    ".badge.warn{background:#b45309}.badge.error{background:#b91c1c}" +
    ".badge.quiet{background:#52525b;font-weight:500;padding:.45rem .7rem;opacity:.85}" +
    ".panel{position:fixed;right:1rem;bottom:3.6rem;z-index:2147483645;box-sizing:border-box;width:min(28rem,calc(100vw - 2rem));max-height:70vh;overflow:auto;" +
    "background:#fff;color:#18181b;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.3);font:13px/1.45 system-ui,sans-serif;padding:1rem}" +
    ".panel h3{font-size:14px;margin:.25rem 0 .5rem}.panel ul{margin:0;padding-left:1.1rem}.panel li{margin-bottom:.4rem}" +
    ".code{font-family:ui-monospace,monospace;font-weight:600}.sev-error{color:#b91c1c}.sev-warning{color:#b45309}.sev-info{color:#1d4ed8}" +
    ".sev{display:inline-block;font:700 11px/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;" +
    "border:1px solid currentColor;border-radius:3px;padding:0 .25rem;margin-right:.35rem}" +
    ".panel li{overflow-wrap:anywhere}" +
    ".blurb{border:1px solid #e4e4e7;border-radius:6px;padding:.5rem;margin:.5rem 0;white-space:pre-wrap}" +
    ".count{font-family:ui-monospace,monospace;font-size:12px;color:#52525b}.count.over{color:#b91c1c;font-weight:700}" +
    "[hidden]{display:none!important}" +
    "</style>" +
    '<div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="sg-title" hidden>' +
    '<button class="close" type="button" aria-label="Close (Escape)">Close ✕</button>' +
    '<h2 id="sg-title"></h2><p class="how"></p><div class="errors"></div></div>' +
    '<button class="badge" type="button" aria-expanded="false" hidden></button>' +
    '<div class="panel" role="region" aria-label="Engagement findings" hidden></div>';
  var overlay = shadow.querySelector(".overlay");
  var badge = shadow.querySelector(".badge");
  var panel = shadow.querySelector(".panel");

  function text(tag, cls, value) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }

  var placeholder = !!document.querySelector('meta[name="sitegen-placeholder"]');
  var closer = overlay.querySelector(".close");
  var dismissedKey = "sitegen-dismissed";

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // kind: "build" (the change did not build) or "lint" (it built, but `sitegen build`
  // would fail on a lint error in what it publishes).
  function showErrors(errors, kind) {
    var list = overlay.querySelector(".errors");
    list.textContent = "";
    var signature = kind + JSON.stringify(errors.map(function (e) { return e.location + e.message; }));
    overlay.dataset.signature = signature;
    overlay.className = "overlay " + kind;
    overlay.querySelector("h2").textContent = kind === "lint"
      ? "The preview built, but `sitegen build` would fail: " + plural(errors.length, "lint error") +
        " in what it publishes."
      : placeholder
      ? "The site does not build yet (" + plural(errors.length, "error") + ")."
      : "The last change did not build (" + plural(errors.length, "error") +
        "). The page shows the last good build.";
    overlay.querySelector(".how").textContent = (kind === "lint"
      ? "Fix the post, or turn the rule down under lint.rules in site.yaml. "
      : "Save a fix and the page updates by itself. ") + "Escape or Close hides this.";
    errors.forEach(function (e) {
      var box = document.createElement("div");
      box.className = "error";
      box.appendChild(text("div", "where", e.location + (e.code ? "  " + e.code + " " + e.name : "")));
      box.appendChild(text("div", "message", e.message));
      if (e.source) box.appendChild(text("div", "source", e.line + " | " + e.source));
      if (e.hint) box.appendChild(text("div", "hint", "hint: " + e.hint));
      list.appendChild(box);
    });
    var dismissed = null;
    try { dismissed = sessionStorage.getItem(dismissedKey); } catch (err) { /* private mode */ }
    if (dismissed === signature) { overlay.hidden = true; return; }  // hidden on this tab already
    var opening = overlay.hidden;
    overlay.hidden = false;
    if (opening) closer.focus();
  }

  function hideOverlay(remember) {
    if (overlay.hidden) return;
    overlay.hidden = true;
    if (remember) {
      try { sessionStorage.setItem(dismissedKey, overlay.dataset.signature || ""); } catch (err) { /* ignore */ }
    }
  }

  closer.addEventListener("click", function () { hideOverlay(true); });
  overlay.addEventListener("click", function (event) {
    // A click on the backdrop or a message closes it; selecting text to copy does not.
    var selection = window.getSelection ? String(window.getSelection()) : "";
    if (event.target !== closer && !selection) hideOverlay(true);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !overlay.hidden) { hideOverlay(true); event.preventDefault(); }
  });

  function swapStyles() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set("sitegen", String(Date.now()));
      var fresh = link.cloneNode();
      fresh.href = url.toString();
      fresh.onload = function () { link.remove(); };
      link.after(fresh);
    });
  }

  function renderPanel(info) {
    panel.textContent = "";
    if (!info || !info.source) { badge.hidden = true; return; }
    var findings = info.findings || [];
    var errors = findings.filter(function (f) { return f.severity === "error"; }).length;
    var warnings = findings.filter(function (f) { return f.severity === "warning"; }).length;
    // With findings the badge says how many; without, it only opens the blurbs.
    badge.className = "badge " + (findings.length ? "findings" : "quiet") +
      (errors ? " error" : warnings ? " warn" : "");
    badge.textContent = findings.length
      ? "Engagement: " + findings.length + " finding" + (findings.length === 1 ? "" : "s")
      : "Blurbs";
    badge.hidden = !findings.length && !(info.blurbs || []).length;
    panel.appendChild(text("h3", "", "Lint findings for " + info.source));
    if (findings.length) {
      var list = document.createElement("ul");
      findings.forEach(function (f) {
        var item = document.createElement("li");
        item.appendChild(text("span", "sev sev-" + f.severity, f.severity));
        item.appendChild(text("span", "code sev-" + f.severity, f.code + " " + f.name));
        item.appendChild(document.createTextNode(" line " + f.line + ": " + f.message));
        if (f.hint) { item.appendChild(document.createElement("br")); item.appendChild(text("small", "", f.hint)); }
        list.appendChild(item);
      });
      panel.appendChild(list);
    } else {
      panel.appendChild(text("p", "", "Nothing to report: this post invites replies."));
    }
    if ((info.blurbs || []).length) {
      panel.appendChild(text("h3", "", "Drafted blurbs"));
      info.blurbs.forEach(function (b) {
        b.texts.forEach(function (t, i) {
          var box = document.createElement("div");
          box.className = "blurb";
          var label = b.written_as + (b.texts.length > 1 ? " " + (i + 1) + "/" + b.texts.length : "");
          box.appendChild(text("div", "count" + (t.length > t.limit ? " over" : ""),
            label + ": " + t.length + " / " + t.limit + " " + t.unit));
          box.appendChild(text("div", "", t.text));
          panel.appendChild(box);
        });
      });
    }
  }

  function loadPanel() {
    fetch("/__sitegen/page?url=" + encodeURIComponent(location.pathname), { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(renderPanel)
      .catch(function () {});
  }

  badge.addEventListener("click", function () {
    panel.hidden = !panel.hidden;
    badge.setAttribute("aria-expanded", String(!panel.hidden));
  });

  function connect() {
    var source = new EventSource("/__sitegen/events");
    source.addEventListener("open", function () { state.connected = true; });
    source.addEventListener("reload", function () { state.reloads += 1; location.reload(); });
    source.addEventListener("css", function () { state.reloads += 1; swapStyles(); });
    source.addEventListener("failed", function (event) {
      state.failed = true;
      showErrors(JSON.parse(event.data).errors, "build");
    });
    source.addEventListener("built", function (event) {
      // After a failed build (or on the page shown while nothing had built), the page
      // is stale: load the fresh one. Otherwise only the panel and the lint overlay change.
      if (state.failed || placeholder) { state.reloads += 1; location.reload(); return; }
      var blocking = (JSON.parse(event.data || "{}").blocking) || [];
      if (blocking.length) showErrors(blocking, "lint");
      else overlay.hidden = true;
      loadPanel();
    });
    source.addEventListener("bye", function () { source.close(); });
  }

  function start() {
    (document.body || document.documentElement).appendChild(host);
    loadPanel();
    connect();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
