// The pair dashboard: applies the filter form without a reload, pages through the
// timeline (/api/events) and opens an event's document at its sentence.
// Everything from the store is put on the page with textContent and DOM nodes,
// never as markup: a source's text is data, whatever it contains.
"use strict";

(function () {
  const root = document.getElementById("dashboard");
  if (!root) {
    return;
  }
  const pair = root.dataset.pair;
  const pageSize = Number(root.dataset.pageSize) || 50;
  const form = document.getElementById("filters");
  const list = document.getElementById("events");
  const count = document.getElementById("count");
  const pageLabel = document.getElementById("page");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  const message = document.getElementById("message");
  const briefLink = document.getElementById("brief-link");
  const reader = {
    title: document.getElementById("reader-title"),
    meta: document.getElementById("reader-meta"),
    text: document.getElementById("doc-text"),
    fields: document.getElementById("row-fields"),
    notes: document.getElementById("notes"),
    footnotes: document.getElementById("footnotes"),
  };
  const state = { offset: 0, total: 0, records: [], asked: 0, opened: 0 };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  // only web links become links: a "javascript:" or "data:" URL stays text
  function safeHref(url) {
    if (!url) {
      return null;
    }
    try {
      const parsed = new URL(String(url), window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (err) {
      return null;
    }
  }

  function linkOrText(url) {
    const href = safeHref(url);
    if (!href) {
      return el("span", url);
    }
    const a = el("a", url);
    a.href = href;
    a.rel = "noopener noreferrer";
    return a;
  }

  function showMessage(text) {
    message.textContent = text;
    message.hidden = false;
  }

  function hideMessage() {
    message.textContent = "";
    message.hidden = true;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      const said = body && body.error && body.error.message;
      throw new Error(said || response.status + " " + response.statusText);
    }
    return body;
  }

  function filterParams() {
    const out = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      const text = String(value).trim();
      if (text) {
        out.append(name, text);
      }
    }
    return out;
  }

  function withoutKinds(params) {
    const out = new URLSearchParams();
    for (const [name, value] of params) {
      if (name !== "kind") {
        out.append(name, value);
      }
    }
    return out.toString();
  }

  function actorName(actor) {
    return actor ? actor.name || actor.code || "?" : "?";
  }

  function eventDate(record) {
    const date = record.date || {};
    return date.start || "undated";
  }

  function eventItem(record, index) {
    const item = el("li");
    const button = el("button", null, "event");
    button.type = "button";
    button.dataset.index = String(index);
    button.append(el("span", eventDate(record), "date"));
    button.append(el("span", String(record.kind || "").replace(/_/g, " "), "kind"));
    const actors = actorName(record.actor1) + (record.actor2 ? " → " + actorName(record.actor2) : "");
    button.append(el("span", actors, "actors"));
    if (record.status && record.status !== "actual") {
      button.append(el("span", record.status, "status"));
    }
    const source = record.source || {};
    const said = source.sentence || (source.dataset ? source.dataset + " row " + source.row : "");
    button.append(el("span", said, "said"));
    button.addEventListener("click", function () {
      select(index);
    });
    item.append(button);
    return item;
  }

  function drawEvents() {
    list.replaceChildren(...state.records.map(eventItem));
    const shown = state.records.length;
    count.textContent = state.total === 1 ? "1 event" : state.total.toLocaleString("en") + " events";
    pageLabel.textContent = shown
      ? state.offset + 1 + "–" + (state.offset + shown) + " of " + state.total.toLocaleString("en")
      : "";
    prev.disabled = state.offset === 0;
    next.disabled = state.offset + shown >= state.total;
  }

  async function loadEvents(offset) {
    const query = filterParams();
    query.set("pair", pair);
    query.set("limit", String(pageSize));
    query.set("offset", String(offset));
    const asked = ++state.asked;
    let page;
    try {
      page = await getJSON("/api/events?" + query.toString());
    } catch (err) {
      if (asked === state.asked) {
        showMessage(err.message);
      }
      return false;
    }
    if (asked !== state.asked) {
      return false;
    }
    hideMessage();
    state.offset = page.offset;
    state.total = page.total;
    state.records = page.records;
    drawEvents();
    return true;
  }

  function refreshCharts(params) {
    const query = withoutKinds(params);
    const images = document.querySelectorAll("#charts img[data-key]");
    for (const img of images) {
      img.src = "/pair/" + pair + "/charts/" + img.dataset.key + ".svg" + (query ? "?" + query : "");
    }
    briefLink.href = "/pair/" + pair + "/brief" + (query ? "?" + query : "");
    return images.length;
  }

  async function apply() {
    const params = filterParams();
    const search = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
    if (await loadEvents(0)) {
      // a page drawn when nothing matched has no chart images to point elsewhere
      if (refreshCharts(params) === 0 && state.total > 0) {
        window.location.reload();
      }
    }
  }

  function clearReader() {
    reader.meta.replaceChildren();
    reader.text.replaceChildren();
    reader.text.hidden = true;
    reader.fields.replaceChildren();
    reader.fields.hidden = true;
    reader.footnotes.replaceChildren();
    reader.notes.hidden = true;
  }

  function select(index) {
    for (const button of list.querySelectorAll("button.event")) {
      const chosen = Number(button.dataset.index) === index;
      button.classList.toggle("selected", chosen);
      button.setAttribute("aria-pressed", chosen ? "true" : "false");
    }
    const record = state.records[index];
    if (record && record.source && record.source.doc) {
      openDocument(record);
    } else if (record) {
      showRow(record);
    }
  }

  // offsets count characters (code points) as Python does; JavaScript strings count
  // UTF-16 units, so the text is cut as an array of code points
  function markedText(text, highlight) {
    const chars = Array.from(text);
    if (!highlight) {
      return { nodes: [document.createTextNode(text)], mark: null };
    }
    const mark = el("mark", chars.slice(highlight.start, highlight.end).join(""));
    mark.id = "highlight";
    const before = document.createTextNode(chars.slice(0, highlight.start).join(""));
    const after = document.createTextNode(chars.slice(highlight.end).join(""));
    return { nodes: [before, mark, after], mark: mark };
  }

  async function openDocument(record) {
    const source = record.source;
    const opened = ++state.opened;
    const span =
      Number.isInteger(source.start) && Number.isInteger(source.end)
        ? "?highlight=" + source.start + "-" + source.end
        : "";
    let doc;
    try {
      doc = await getJSON("/api/documents/" + encodeURIComponent(source.doc) + span);
    } catch (err) {
      showMessage(err.message);
      return;
    }
    if (opened !== state.opened) {
      return;
    }
    clearReader();
    reader.title.textContent = doc.title || source.title || "Untitled document";
    const meta = [doc.author, doc.date].filter(Boolean).join(" · ");
    if (meta) {
      reader.meta.append(el("span", meta));
    }
    if (doc.url) {
      reader.meta.append(meta ? " · " : "", linkOrText(doc.url));
    }
    const drawn = markedText(doc.text || "", doc.highlight);
    reader.text.append(...drawn.nodes);
    reader.text.hidden = false;
    const cited = new Set((source.citations || []).map(function (c) {
      return String(c.label);
    }));
    for (const note of doc.footnotes || []) {
      const item = el("li", null, cited.has(String(note.label)) ? "cited" : "");
      item.append(el("b", "[" + note.label + "] "), el("span", note.text));
      if (note.url && safeHref(note.url) && String(note.text || "").indexOf(note.url) < 0) {
        item.append(" ", linkOrText(note.url));
      }
      reader.footnotes.append(item);
    }
    reader.notes.hidden = !(doc.footnotes || []).length;
    if (drawn.mark) {
      drawn.mark.scrollIntoView({ block: "center" });
    }
  }

  const ROW_FIELDS = [
    ["avg_tone", "Tone"],
    ["tiv", "TIV"],
    ["Weapon designation", "Weapon"],
    ["Weapon description", "Weapon type"],
    ["num_mentions", "Mentions"],
    ["num_sources", "Sources"],
    ["num_articles", "Articles"],
  ];

  function showRow(record) {
    state.opened++;
    clearReader();
    const source = record.source || {};
    reader.title.textContent = (source.dataset || "data set") + " row " + (source.row || "?");
    reader.meta.textContent = "A data-set row: no document to show, its fields instead.";
    const rows = [
      ["Dataset", source.dataset],
      ["Row", source.row],
      ["URL", source.url ? linkOrText(source.url) : null],
      ["Date", (record.date || {}).start],
      ["Kind", String(record.kind || "").replace(/_/g, " ")],
      ["Actors", actorName(record.actor1) + " → " + actorName(record.actor2)],
      ["Goldstein", record.goldstein],
    ];
    const extra = record.extra || {};
    const known = new Set(["date_basis", "sources"]);
    for (const [key, label] of ROW_FIELDS) {
      known.add(key);
      rows.push([label, extra[key]]);
    }
    for (const key of Object.keys(extra).sort()) {
      const value = extra[key];
      if (!known.has(key) && (typeof value !== "object" || value === null)) {
        rows.push([key.replace(/_/g, " "), value]);
      }
    }
    for (const [label, value] of rows) {
      if (value === null || value === undefined || value === "") {
        continue;
      }
      reader.fields.append(el("dt", label));
      const cell = el("dd");
      cell.append(value instanceof Node ? value : String(value));
      reader.fields.append(cell);
    }
    reader.fields.hidden = false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener("change", function () {
    apply();
  });
  prev.addEventListener("click", function () {
    loadEvents(Math.max(0, state.offset - pageSize));
  });
  next.addEventListener("click", function () {
    loadEvents(state.offset + pageSize);
  });
  loadEvents(0);
})();
