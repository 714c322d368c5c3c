/* mkdocs-claimdiff: view controls for the comparison page (progressive enhancement).
 *
 * The page is complete without this script. It reveals the form that the template ships
 * hidden and applies what the reader picks:
 *   show=all|shared|differs|unique   which rows are shown (by their status),
 *   cols=<id>,<id>                   which outlets get a column (stories of 3+ articles),
 *   order=story|shared|article:<id>  row order: as the articles run, most outlets first, or the
 *                                    reading order of one article.
 * The choice is kept in the query string (history.replaceState), so a filtered view can be
 * shared as a link; anchors (#row-3) and text fragments are left alone, except that a row
 * they lead to which the choice hides is shown again (every row, every outlet). Every outlet is shown
 * at first; when the columns shown need more room than the page has, the table scrolls
 * sideways in its own box so no column gets too narrow to read. The coverage matrix above the
 * table always shows every outlet. No network requests, no dependencies.
 */
(function () {
  "use strict";

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  /** The state in the URL, with defaults for what it does not say. */
  function readState(columns) {
    var query = new URLSearchParams(window.location.search);
    var wanted = (query.get("cols") || "").split(",").filter(function (id) {
      return columns.indexOf(id) >= 0;
    });
    if (!wanted.length) wanted = defaultColumns(columns);
    return { show: query.get("show") || "all", cols: wanted, order: query.get("order") || "story" };
  }

  /** Writes the state to the query string, leaving out defaults so plain links stay plain. */
  function writeState(state, columns) {
    var query = new URLSearchParams(window.location.search);
    query.delete("show");
    query.delete("cols");
    query.delete("order");
    if (state.show !== "all") query.set("show", state.show);
    if (state.cols.join(",") !== defaultColumns(columns).join(",")) {
      query.set("cols", state.cols.join(","));
    }
    if (state.order !== "story") query.set("order", state.order);
    var search = query.toString();
    var url = window.location.pathname + (search ? "?" + search : "") + window.location.hash;
    window.history.replaceState(window.history.state, "", url);
  }

  function defaultColumns(columns) {
    return columns.slice();
  }

  /** Lets the table scroll sideways in its box when its columns need more than the box's width. */
  function fitWidth(table, shown) {
    var box = table.closest(".cd-table-box");
    var style = window.getComputedStyle(table);
    var em = parseFloat(style.fontSize) || 16;
    var column = parseFloat(style.getPropertyValue("--cd-column-width")) || 13;
    var rowhead = parseFloat(style.getPropertyValue("--cd-rowhead-width")) || 10;
    table.style.setProperty("--cd-shown", String(shown));
    box.classList.remove("cd-wide");
    box.classList.toggle("cd-wide", (rowhead + shown * column) * em > box.clientWidth + 1);
  }

  /** Sort key of a row for an order: rows without a claim in the chosen article go last. */
  function rowKey(row, order) {
    var number = Number(row.getAttribute("data-number"));
    if (order === "shared") return [-Number(row.getAttribute("data-shared-by")), number];
    if (order.indexOf("article:") === 0) {
      var cell = row.querySelector('td[data-column="' + CSS.escape(order.slice(8)) + '"]');
      var first = cell && cell.getAttribute("data-first");
      return [first ? Number(first) : Infinity, number];
    }
    return [number, 0];
  }

  function compareKeys(a, b) {
    return a[0] - b[0] || a[1] - b[1];
  }

  /** Appends ``items`` to ``parent`` in their order, unless they are in that order already:
   * moving every row of a long table costs the browser a new layout of it, which a page
   * opened in its default order need not pay. */
  function arrange(parent, items) {
    var children = parent.children;
    var placed = items.every(function (item, index) { return children[index] === item; });
    if (!placed) items.forEach(function (item) { parent.appendChild(item); });
  }

  /** The coverage matrix's lines by the id of the row each stands for (none without a matrix). */
  function matrixLines(root) {
    var lines = {};
    all(root, ".cd-matrix tbody tr[data-row]").forEach(function (line) {
      lines[line.getAttribute("data-row")] = line;
    });
    return lines;
  }

  function apply(root, state, lines) {
    var table = root.querySelector(".cd-table");
    var body = table.tBodies[0];
    var rows = all(body, "tr.cd-row");
    all(table, "[data-column]").forEach(function (cell) {
      cell.classList.toggle("cd-off", state.cols.indexOf(cell.getAttribute("data-column")) < 0);
    });
    var keyed = rows.map(function (row) { return [rowKey(row, state.order), row]; });
    keyed.sort(function (a, b) { return compareKeys(a[0], b[0]); });
    var ordered = keyed.map(function (pair) { return pair[1]; });
    var matrix = root.querySelector(".cd-matrix tbody");
    var shown = 0;
    ordered.forEach(function (row) {
      var visible = (state.show === "all" || row.getAttribute("data-status") === state.show) &&
        row.querySelector("td.cd-cell:not(.cd-empty):not(.cd-off)") !== null;
      row.classList.toggle("cd-off", !visible);
      shown += visible ? 1 : 0;
      var line = lines[row.id];
      if (line) {
        line.classList.toggle("cd-off", state.show !== "all" && line.getAttribute("data-status") !== state.show);
      }
    });
    arrange(body, ordered);
    if (matrix) {
      arrange(matrix, ordered.map(function (row) { return lines[row.id]; }).filter(Boolean));
    }
    fitWidth(table, state.cols.length);
    root.querySelector(".cd-shown").textContent = "Showing " + shown + " of " + rows.length +
      " rows" + (state.cols.length < all(table, "th.cd-colhead").length
        ? " and " + state.cols.length + " of " + all(table, "th.cd-colhead").length + " outlets."
        : ".");
  }

  /** Puts the state into the form controls. */
  function fill(form, state) {
    all(form, 'input[name="show"]').forEach(function (input) {
      input.checked = input.value === state.show;
    });
    all(form, 'input[name="cols"]').forEach(function (input) {
      input.checked = state.cols.indexOf(input.value) >= 0;
    });
    var select = form.querySelector('select[name="order"]');
    select.value = state.order;
    if (select.value !== state.order) { select.value = "story"; state.order = "story"; }
  }

  /** Reads the state back from the form; at least one outlet stays shown. */
  function collect(form, previous) {
    var picked = form.querySelector('input[name="show"]:checked');
    var cols = all(form, 'input[name="cols"]:checked').map(function (input) { return input.value; });
    return {
      show: picked ? picked.value : "all",
      cols: form.querySelector('input[name="cols"]') ? (cols.length ? cols : previous.cols) : previous.cols,
      order: form.querySelector('select[name="order"]').value
    };
  }

  function init(root) {
    var form = root.querySelector("form.cd-controls");
    if (!form || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    var columns = all(root, ".cd-table th.cd-colhead").map(function (th) {
      return th.getAttribute("data-column");
    });
    var lines = matrixLines(root);
    var state = readState(columns);
    if (["all", "shared", "differs", "unique"].indexOf(state.show) < 0) state.show = "all";
    fill(form, state);
    apply(root, state, lines);
    form.hidden = false;
    window.addEventListener("resize", function () {
      fitWidth(root.querySelector(".cd-table"), state.cols.length);
    });
    form.addEventListener("change", function () {
      state = collect(form, state);
      fill(form, state);
      apply(root, state, lines);
      writeState(state, columns);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });

    /** Shows the row ``id`` when the choice hides it: a link to "row 15", or an address
     * ending in #row-15, must never lead to nothing. Returns whether it had to. */
    function reveal(id) {
      var row = id ? document.getElementById(id) : null;
      if (!row || !root.contains(row) || !row.classList.contains("cd-row") ||
          !row.classList.contains("cd-off")) return false;
      state.show = "all";
      apply(root, state, lines);
      if (row.classList.contains("cd-off")) {
        state.cols = defaultColumns(columns);
        apply(root, state, lines);
      }
      fill(form, state);
      writeState(state, columns);
      return true;
    }
    /** Brings the row ``id`` into view below the sticky outlet headers and, in a table that
     * scrolls sideways, scrolls it to the row's first claim: a link to "row 24" must show the
     * claims that disagree, not the columns that happen to be in view. */
    function showRow(id) {
      var row = id ? document.getElementById(id) : null;
      if (!row || !root.contains(row) || !row.classList.contains("cd-row")) return;
      var head = root.querySelector(".cd-table thead");
      if (head) root.style.setProperty("--cd-head-height", head.offsetHeight + "px");
      row.scrollIntoView({ block: "start" });
      var box = row.closest(".cd-wide");
      var cell = row.querySelector("td.cd-cell:not(.cd-empty):not(.cd-off)");
      if (!box || !cell) return;
      var rowhead = row.querySelector(".cd-rowhead");
      var left = rowhead ? rowhead.offsetWidth : 0;
      var start = cell.offsetLeft - left;
      if (start < box.scrollLeft || cell.offsetLeft + cell.offsetWidth > box.scrollLeft + box.clientWidth) {
        box.scrollLeft = Math.max(0, start);
      }
    }
    function revealAddressed() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      if (!document.contains(root)) return;
      reveal(id);
      showRow(id);
    }
    root.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#row-"]') : null;
      if (!link) return;
      var id = link.getAttribute("href").slice(1);
      reveal(id);
      // After the browser's own jump, which a link to the row already in the address skips.
      window.setTimeout(function () { showRow(id); }, 0);
    });
    window.addEventListener("hashchange", revealAddressed);
    revealAddressed();
  }

  function start() {
    all(document, ".claimdiff-comparison").forEach(init);
  }

  // Material's instant navigation swaps pages without reloading scripts: it announces each
  // new page on document$; other themes load the page once.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
