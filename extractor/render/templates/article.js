"use strict";
(function () {
  var data = JSON.parse(document.getElementById("extractor-data").textContent);
  var detail = document.getElementById("detail");
  var esc = window.CSS && CSS.escape ? CSS.escape : function (s) { return s.replace(/["\\]/g, "\\$&"); };

  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function clear() {
    all(".hl").forEach(function (el) { el.classList.remove("hl"); });
    all(".active").forEach(function (el) { el.classList.remove("active"); });
    all("tr.sel").forEach(function (el) { el.classList.remove("sel"); });
    document.body.removeAttribute("data-selected-entity");
    document.body.removeAttribute("data-selected-quote");
    while (detail.firstChild) detail.removeChild(detail.firstChild);
  }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    return node;
  }
  function row(list, term, value) {
    if (value === null || value === undefined || value === "") return;
    list.appendChild(el("dt", term));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    list.appendChild(dd);
  }
  function jump(href, text) { return el("a", text, { href: href }); }

  function selectEntity(id) {
    clear();
    var entity = data.entities[id];
    if (!entity) return;
    document.body.setAttribute("data-selected-entity", id);
    all('[data-entity-id="' + esc(id) + '"]').forEach(function (n) { n.classList.add("hl"); });
    all('[data-speaker-entity="' + esc(id) + '"]').forEach(function (n) { n.classList.add("hl"); });
    all('tr[data-row-entity="' + esc(id) + '"]').forEach(function (n) { n.classList.add("sel"); });
    detail.appendChild(el("h3", entity.name));
    var list = el("dl");
    row(list, "type", entity.type);
    row(list, "mentions", entity.mentions);
    if (entity.claims.length) {
      var links = el("span");
      entity.claims.forEach(function (q, i) {
        if (i) links.appendChild(document.createTextNode(" "));
        links.appendChild(jump("#q-" + q, q));
      });
      row(list, "claims", links);
    } else {
      row(list, "claims", "none");
    }
    detail.appendChild(list);
  }

  function selectQuote(id) {
    clear();
    var quote = data.quotes[id];
    if (!quote) return;
    document.body.setAttribute("data-selected-quote", id);
    var sel = '="' + esc(id) + '"]';
    all("[data-quote-id" + sel).forEach(function (n) { n.classList.add("active"); });
    ["cue", "speaker", "antecedent"].forEach(function (role) {
      all("[data-" + role + "-for~" + sel).forEach(function (n) { n.classList.add("active"); });
    });
    all("tr[data-row-quote" + sel).forEach(function (n) { n.classList.add("sel"); });
    detail.appendChild(el("h3", id + " · " + quote.kind));
    var list = el("dl");
    row(list, "speaker", quote.speaker || (quote.speaker_type === "anonymous" ? "anonymous" : "unresolved"));
    if (quote.words && quote.words !== quote.speaker) row(list, "words", quote.words);
    row(list, "type", quote.speaker_type);
    if (quote.via) row(list, "resolved", quote.via + " — " + quote.via_words);
    if (quote.antecedent) row(list, "antecedent", quote.antecedent);
    row(list, "cue", quote.cue || "none (follows the previous quote or a colon)");
    row(list, "claim", quote.text.length > 240 ? quote.text.slice(0, 240) + "…" : quote.text);
    detail.appendChild(list);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var pick = target.closest("[data-select-entity]");
    if (pick) { selectEntity(pick.getAttribute("data-select-entity")); return; }
    pick = target.closest("[data-select-quote]");
    if (pick) { selectQuote(pick.getAttribute("data-select-quote")); return; }
    var chip = target.closest(".chip[data-chip-for]");
    if (chip) { selectQuote(chip.getAttribute("data-chip-for")); return; }
    var mention = target.closest("#text [data-entity-id]");
    if (mention) { selectEntity(mention.getAttribute("data-entity-id")); return; }
    var claim = target.closest("#text [data-quote-id]");
    if (claim) { selectQuote(claim.getAttribute("data-quote-id")); return; }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") clear();
  });
})();
