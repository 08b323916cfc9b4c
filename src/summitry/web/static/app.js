/* summitry dashboard: small vanilla JavaScript, no libraries, nothing from the network.
   Table filters, highlight toggles on article text, and the dyad network drawing. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  /* ---- filter the rows of a table as one types ---- */
  function tableFilters() {
    document.querySelectorAll("input.table-filter[data-table]").forEach(function (input) {
      var table = document.getElementById(input.getAttribute("data-table"));
      if (!table) return;
      input.addEventListener("input", function () {
        var needle = input.value.trim().toLowerCase();
        table.querySelectorAll("tbody tr").forEach(function (row) {
          row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) < 0;
        });
      });
    });
  }

  /* ---- article text: show/hide kinds of highlight, link spans and table rows ---- */
  function highlights() {
    var text = document.getElementById("article-text");
    if (!text) return;
    document.querySelectorAll("input[data-toggle]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
      });
    });
    function focus(ref, on) {
      text.querySelectorAll("span[data-refs]").forEach(function (span) {
        var refs = span.getAttribute("data-refs").split(" ");
        span.classList.toggle("focus", on && refs.indexOf(ref) >= 0);
      });
    }
    document.querySelectorAll("[data-ref]").forEach(function (row) {
      var ref = row.getAttribute("data-ref");
      row.addEventListener("mouseenter", function () { focus(ref, true); });
      row.addEventListener("mouseleave", function () { focus(ref, false); });
      row.addEventListener("click", function (ev) {
        if (ev.target.closest("a")) return;
        focus(ref, true);
        var first = text.querySelector("span.focus");
        if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
      });
    });
    text.addEventListener("click", function (ev) {
      var span = ev.target.closest("span[data-refs]");
      if (!span) return;
      document.querySelectorAll("[data-ref].selected").forEach(function (r) {
        r.classList.remove("selected");
      });
      span.getAttribute("data-refs").split(" ").forEach(function (ref) {
        document.querySelectorAll('[data-ref="' + ref.replace(/"/g, "") + '"]').forEach(
          function (r) { r.classList.add("selected"); });
      });
    });
  }

  /* ---- dyad network: a small deterministic force layout drawn in SVG ---- */
  function layout(nodes, edges, width, height) {
    var n = nodes.length, index = {};
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      var angle = 2 * Math.PI * i / Math.max(n, 1);
      d.x = width / 2 + Math.cos(angle) * width * 0.35;
      d.y = height / 2 + Math.sin(angle) * height * 0.35;
    });
    var links = edges.map(function (e) { return [index[e.a], index[e.b], e.events]; });
    var k = Math.sqrt(width * height / Math.max(n, 1)) * 0.35;
    for (var step = 0; step < 300; step++) {
      var heat = 0.1 * (1 - step / 300) * k;
      var dx = new Array(n).fill(0), dy = new Array(n).fill(0);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
          var d2 = Math.max(x * x + y * y, 1), f = k * k / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l[0]], b = nodes[l[1]];
        var x = a.x - b.x, y = a.y - b.y, d = Math.sqrt(x * x + y * y) || 1, f = d / k;
        dx[l[0]] -= x * f; dy[l[0]] -= y * f; dx[l[1]] += x * f; dy[l[1]] += y * f;
      });
      for (i = 0; i < n; i++) {
        dx[i] += (width / 2 - nodes[i].x) * 0.12; dy[i] += (height / 2 - nodes[i].y) * 0.12;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1, move = Math.min(len, heat);
        nodes[i].x = Math.min(width - 30, Math.max(30, nodes[i].x + dx[i] / len * move));
        nodes[i].y = Math.min(height - 20, Math.max(20, nodes[i].y + dy[i] / len * move));
      }
    }
    return index;
  }

  function network() {
    var svg = document.getElementById("network"), source = document.getElementById("network-data");
    if (!svg || !source) return;
    var data = JSON.parse(source.textContent), nodes = data.nodes, edges = data.edges;
    var panel = document.getElementById("network-panel");
    if (!nodes.length) {
      el("text", {x: 450, y: 300, "text-anchor": "middle", "class": "axis"}, svg).textContent =
        "No interactions in this period.";
      return;
    }
    var index = layout(nodes, edges, 900, 600);
    var peak = Math.max.apply(null, edges.map(function (e) { return e.events; }));
    var biggest = Math.max.apply(null, nodes.map(function (d) { return d.events; }));
    var period = window.location.search.replace(/^\?/, "").split("&").filter(function (p) {
      return /^(since|until)=./.test(p);
    }).join("&");
    var edgeLayer = el("g", {"class": "edges"}, svg), nodeLayer = el("g", {"class": "nodes"}, svg);
    edges.forEach(function (e) {
      var a = nodes[index[e.a]], b = nodes[index[e.b]];
      var link = el("a", {href: "/dyad/" + encodeURIComponent(e.a) + "/" +
                          encodeURIComponent(e.b) + (period ? "?" + period : "")}, edgeLayer);
      var line = el("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.color,
                             "stroke-width": 1 + 9 * Math.sqrt(e.events / peak),
                             "class": "edge", "data-a": e.a, "data-b": e.b}, link);
      el("title", {}, line).textContent = a.name + " – " + b.name + ": " + e.events +
        " event(s), mean Goldstein " + e.mean_goldstein;
    });
    nodes.forEach(function (d) {
      var g = el("g", {"class": "node", "data-id": d.id, tabindex: "0",
                       transform: "translate(" + d.x + "," + d.y + ")"}, nodeLayer);
      el("circle", {r: 6 + 14 * Math.sqrt(d.events / biggest)}, g);
      el("text", {y: 4, "text-anchor": "middle"}, g).textContent = d.id;
      el("title", {}, g).textContent = d.name + ": " + d.events + " event(s) with " +
        d.degree + " countr" + (d.degree === 1 ? "y" : "ies");
      g.addEventListener("click", function () { select(d); });
      g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(d); });
    });
    function select(d) {
      var mine = edges.filter(function (e) { return e.a === d.id || e.b === d.id; });
      svg.querySelectorAll("line.edge").forEach(function (line) {
        var hit = line.getAttribute("data-a") === d.id || line.getAttribute("data-b") === d.id;
        line.classList.toggle("dim", !hit);
      });
      svg.querySelectorAll("g.node").forEach(function (g) {
        g.classList.toggle("selected", g.getAttribute("data-id") === d.id);
      });
      document.querySelectorAll("#network-edges tbody tr[data-a]").forEach(function (row) {
        row.hidden = row.getAttribute("data-a") !== d.id && row.getAttribute("data-b") !== d.id;
      });
      if (!panel) return;
      panel.hidden = false;
      panel.textContent = "";
      var h = document.createElement("h3");
      h.textContent = d.name + " (" + d.id + ")";
      panel.appendChild(h);
      var list = document.createElement("ul");
      list.className = "plain";
      mine.forEach(function (e) {
        var other = e.a === d.id ? e.b : e.a, li = document.createElement("li");
        var link = document.createElement("a");
        link.href = "/dyad/" + encodeURIComponent(d.id) + "/" + encodeURIComponent(other) +
          (period ? "?" + period : "");
        link.textContent = nodes[index[other]].name;
        li.appendChild(link);
        li.appendChild(document.createTextNode(" · " + e.events + " · " + e.mean_goldstein));
        list.appendChild(li);
      });
      panel.appendChild(list);
      var all = document.createElement("a");
      all.href = "/timeline?country=" + encodeURIComponent(d.id);
      all.textContent = "meetings on the timeline";
      panel.appendChild(all);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    tableFilters();
    highlights();
    network();
  });
})();
