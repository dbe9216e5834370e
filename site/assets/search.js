// Client-side search for ParaReady sites: loads search-index.json on first use and ranks pages by where the
// query's words appear (title, then headings, then text). No dependencies; runs on file:// too when the
// browser allows fetch there, otherwise search needs the site served over HTTP.
(function () {
  "use strict";
  var box = document.querySelector(".search");
  if (!box) return;
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var pages = null;
  var loading = null;

  // The same slug rule as the site generator (GitHub style): lower-case; letters, digits, marks, "_" and "-"
  // kept; spaces to "-"; everything else dropped.
  function slug(text) {
    var out = "";
    var lower = text.toLowerCase();
    for (var ch of lower) {
      if (/[\p{Alphabetic}\p{N}\p{M}_-]/u.test(ch)) out += ch;
      else if (ch === " ") out += "-";
    }
    return out;
  }

  function load() {
    if (loading) return loading;
    loading = fetch(box.getAttribute("data-index"))
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (data) {
        pages = data.pages.map(function (p) {
          var headings = p[3].map(function (h) {
            return typeof h === "string" ? { text: h, id: slug(h) } : { text: h[0], id: h[1] };
          });
          return {
            url: p[0], title: p[1], section: p[2], headings: headings, text: p[4],
            lt: p[1].toLowerCase(), lx: p[4].toLowerCase(),
            lh: headings.map(function (h) { return h.text.toLowerCase(); })
          };
        });
        return pages;
      });
    return loading;
  }

  function escapeHTML(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(text, words) {
    var html = escapeHTML(text);
    words.forEach(function (w) {
      var safe = escapeHTML(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (safe) html = html.replace(new RegExp("(" + safe + ")", "gi"), "<mark>$1</mark>");
    });
    return html;
  }

  function snippet(text, word) {
    var i = text.toLowerCase().indexOf(word);
    if (i < 0) return text.slice(0, 140);
    var start = Math.max(0, i - 50);
    return (start > 0 ? "…" : "") + text.slice(start, start + 150) + "…";
  }

  function search(query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    if (!words.length) return [];
    var hits = [];
    for (var n = 0; n < pages.length; n++) {
      var p = pages[n], score = 0, heading = null, ok = true;
      for (var k = 0; k < words.length; k++) {
        var w = words[k], s = 0;
        if (p.lt.indexOf(w) >= 0) s += p.lt.indexOf(w) === 0 ? 12 : 10;
        for (var h = 0; h < p.lh.length; h++) {
          if (p.lh[h].indexOf(w) >= 0) { s += 5; if (!heading) heading = p.headings[h]; break; }
        }
        if (p.lx.indexOf(w) >= 0) s += 1;
        if (s === 0) { ok = false; break; }
        score += s;
      }
      if (ok) hits.push({ page: p, score: score, heading: heading });
    }
    hits.sort(function (a, b) { return b.score - a.score || (a.page.title < b.page.title ? -1 : 1); });
    return hits.slice(0, 12).map(function (hit) { hit.words = words; return hit; });
  }

  function show(hits, query) {
    results.hidden = false;
    if (!hits.length) {
      results.innerHTML = "<p class=\"empty\">No pages match “" + escapeHTML(query) + "”.</p>";
      return;
    }
    results.innerHTML = hits.map(function (hit) {
      var p = hit.page;
      var url = hit.heading && p.lt.indexOf(hit.words[0]) < 0 ? p.url + "#" + hit.heading.id : p.url;
      var where = hit.heading ? p.title + " › " + hit.heading.text : (p.section || "");
      return "<a class=\"hit\" href=\"" + escapeHTML(url) + "\"><span class=\"hit-title\">" +
        highlight(p.title, hit.words) + "</span>" +
        (where ? "<span class=\"hit-where\">" + escapeHTML(where) + "</span>" : "") +
        "<span class=\"hit-text\">" + highlight(snippet(p.text, hit.words[0]), hit.words) + "</span></a>";
    }).join("");
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value.trim();
    if (!query) { results.hidden = true; results.innerHTML = ""; return; }
    timer = setTimeout(function () {
      load().then(function () { show(search(query), query); })
        .catch(function (e) {
          results.hidden = false;
          results.innerHTML = "<p class=\"empty\">Search is unavailable (" + escapeHTML(String(e.message || e)) + ").</p>";
        });
    }, 80);
  });
  input.addEventListener("focus", function () { load().catch(function () {}); });
  input.addEventListener("keydown", function (e) {
    var links = results.querySelectorAll("a");
    if (e.key === "Enter" && links.length) { window.location.href = links[0].href; e.preventDefault(); }
    if (e.key === "Escape") { results.hidden = true; input.blur(); }
    if (e.key === "ArrowDown" && links.length) { links[0].focus(); e.preventDefault(); }
  });
  results.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(results.querySelectorAll("a"));
    var i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i + 1 < links.length) { links[i + 1].focus(); e.preventDefault(); }
    if (e.key === "ArrowUp") { (i > 0 ? links[i - 1] : input).focus(); e.preventDefault(); }
    if (e.key === "Escape") { results.hidden = true; input.focus(); }
  });
  document.addEventListener("click", function (e) { if (!box.contains(e.target)) results.hidden = true; });
})();
