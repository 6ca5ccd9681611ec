/* The actor network, drawn as SVG in the page: a force-directed layout (Fruchterman and
 * Reingold's spring embedder, started from a circle so that the same data always gives the
 * same picture), one curved arrow per (actor, recipient, event type), coloured by the PLOVER
 * score the server computed. All text goes in through textContent / setAttribute. */
(function () {
  "use strict";
  var svg = document.getElementById("network");
  var source = document.getElementById("network-data");
  if (!svg || !source) return;
  var data = JSON.parse(source.textContent);
  var NS = "http://www.w3.org/2000/svg";
  var W = 1000, H = 640, MARGIN = 40;

  Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (el) { el.hidden = false; });
  Array.prototype.forEach.call(document.querySelectorAll(".no-js"), function (el) { el.hidden = true; });

  var nodes = data.nodes.map(function (n, i) {
    return { id: n.id, name: n.name, type: n.type, country: n.country, articles: n.articles || 1,
             href: n.href, index: i, x: 0, y: 0, dx: 0, dy: 0 };
  });
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; });
  nodes.forEach(function (n) { n.r = Math.min(22, 5 + 3 * Math.sqrt(n.articles)); });

  function layout() {
    var n = nodes.length;
    if (n === 0) return;
    var area = (W - 2 * MARGIN) * (H - 2 * MARGIN);
    // The ideal edge length; capped so that a handful of actors gather instead of fleeing to the corners.
    var k = Math.min(150, 0.75 * Math.sqrt(area / n));
    nodes.forEach(function (node, i) {
      var a = 2 * Math.PI * i / n;
      node.x = W / 2 + 0.35 * (W - 2 * MARGIN) * Math.cos(a);
      node.y = H / 2 + 0.35 * (H - 2 * MARGIN) * Math.sin(a);
    });
    if (n === 1) { nodes[0].x = W / 2; nodes[0].y = H / 2; return; }
    var pairs = {};
    edges.forEach(function (e) {
      var a = byId[e.source].index, b = byId[e.target].index;
      var key = a < b ? a + ":" + b : b + ":" + a;
      pairs[key] = [Math.min(a, b), Math.max(a, b)];
    });
    var links = Object.keys(pairs).map(function (key) { return pairs[key]; });
    var iterations = n > 300 ? 120 : 300;
    var t = W / 8;
    for (var it = 0; it < iterations; it++) {
      var i, j, u, v, dx, dy, d, f;
      for (i = 0; i < n; i++) { nodes[i].dx = 0; nodes[i].dy = 0; }
      for (i = 0; i < n; i++) {
        u = nodes[i];
        for (j = i + 1; j < n; j++) {
          v = nodes[j];
          dx = u.x - v.x; dy = u.y - v.y;
          d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          f = k * k / d;
          u.dx += dx / d * f; u.dy += dy / d * f;
          v.dx -= dx / d * f; v.dy -= dy / d * f;
        }
      }
      for (i = 0; i < links.length; i++) {
        u = nodes[links[i][0]]; v = nodes[links[i][1]];
        dx = u.x - v.x; dy = u.y - v.y;
        d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        f = d * d / k;
        u.dx -= dx / d * f; u.dy -= dy / d * f;
        v.dx += dx / d * f; v.dy += dy / d * f;
      }
      for (i = 0; i < n; i++) {
        u = nodes[i];
        // A little gravity keeps separate groups of actors on the page.
        u.dx += (W / 2 - u.x) * 0.06 * k / 10;
        u.dy += (H / 2 - u.y) * 0.06 * k / 10;
        d = Math.sqrt(u.dx * u.dx + u.dy * u.dy) || 0.01;
        var step = Math.min(d, t);
        u.x = Math.max(MARGIN, Math.min(W - MARGIN, u.x + u.dx / d * step));
        u.y = Math.max(MARGIN, Math.min(H - MARGIN, u.y + u.dy / d * step));
      }
      t = Math.max(1, t * 0.985);
    }
  }

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function signed(score) {
    return score === null || score === undefined ? "no score" : (score >= 0 ? "+" : "") + score.toFixed(1);
  }

  function draw() {
    var edgeLayer = el("g", { "class": "edges" }, svg);
    var labelLayer = el("g", { "class": "edge-labels" }, svg);
    var nodeLayer = el("g", { "class": "nodes" }, svg);
    // Edges between the same two actors curve apart, one per type and direction.
    var groups = {};
    edges.forEach(function (e) {
      var a = Math.min(e.source, e.target), b = Math.max(e.source, e.target);
      (groups[a + ":" + b] = groups[a + ":" + b] || []).push(e);
    });
    var showLabels = edges.length <= 40;
    Object.keys(groups).forEach(function (key) {
      var group = groups[key];
      group.forEach(function (e, i) {
        var lo = byId[Math.min(e.source, e.target)], hi = byId[Math.max(e.source, e.target)];
        var s = byId[e.source], t = byId[e.target];
        var bend = (i - (group.length - 1) / 2) * 34;
        var vx = hi.x - lo.x, vy = hi.y - lo.y, len = Math.sqrt(vx * vx + vy * vy) || 1;
        var nx = -vy / len, ny = vx / len;  // the normal of the pair, the same for both directions
        var cx = (s.x + t.x) / 2 + nx * bend * 2, cy = (s.y + t.y) / 2 + ny * bend * 2;
        function towards(p, q, r) {  // a point r before p on the way to q
          var dx = q.x - p.x, dy = q.y - p.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
          return { x: p.x + dx / d * r, y: p.y + dy / d * r };
        }
        var ctrl = { x: cx, y: cy };
        var start = towards(s, ctrl, s.r + 2), end = towards(t, ctrl, t.r + 3);
        var width = Math.min(8, 1.2 + 1.4 * Math.sqrt(e.events));
        var g = el("g", { "class": "edge", "data-source": e.source, "data-target": e.target, "data-type": e.type }, edgeLayer);
        var title = el("title", {}, g);
        title.textContent = s.name + " " + e.relation + " " + t.name + " — " + e.type + ", " + e.events + " event" +
          (e.events === 1 ? "" : "s") + " in " + e.articles + " article" + (e.articles === 1 ? "" : "s") +
          ", mean score " + signed(e.score) + (e.first ? ", " + e.first + (e.last && e.last !== e.first ? " – " + e.last : "") : "");
        el("path", { d: "M" + start.x.toFixed(1) + "," + start.y.toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
          " " + end.x.toFixed(1) + "," + end.y.toFixed(1), stroke: e.colour, "stroke-width": width.toFixed(1), fill: "none" }, g);
        // The arrowhead follows the curve's direction where it meets the recipient.
        var ax = end.x - cx, ay = end.y - cy, al = Math.sqrt(ax * ax + ay * ay) || 1;
        ax /= al; ay /= al;
        var size = 7 + width;
        var p1 = (end.x - ax * size + ay * size * 0.5).toFixed(1) + "," + (end.y - ay * size - ax * size * 0.5).toFixed(1);
        var p2 = (end.x - ax * size - ay * size * 0.5).toFixed(1) + "," + (end.y - ay * size + ax * size * 0.5).toFixed(1);
        el("polygon", { points: end.x.toFixed(1) + "," + end.y.toFixed(1) + " " + p1 + " " + p2, fill: e.colour }, g);
        if (showLabels) {
          // The curve's middle: halfway between the chord's middle and the control point.
          var label = el("text", { x: ((s.x + t.x) / 4 + cx / 2).toFixed(1), y: ((s.y + t.y) / 4 + cy / 2 - 3).toFixed(1),
                                   "class": "edge-label", "text-anchor": "middle" }, labelLayer);
          label.textContent = e.type;
        }
      });
    });
    nodes.forEach(function (n) {
      var link = el("a", { "class": "node", href: n.href, "data-id": n.id }, nodeLayer);
      var title = el("title", {}, link);
      title.textContent = n.name + " (" + n.type + (n.country ? ", " + n.country : "") + ") — in " + n.articles +
        " article" + (n.articles === 1 ? "" : "s");
      el("circle", { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: n.r.toFixed(1), "class": "t-" + String(n.type).replace(/[^A-Za-z0-9_-]/g, "_") }, link);
      var text = el("text", { x: n.x.toFixed(1), y: (n.y + n.r + 13).toFixed(1), "text-anchor": "middle", "class": "node-label" }, link);
      text.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
      function focus() {
        svg.classList.add("focusing");
        Array.prototype.forEach.call(svg.querySelectorAll(".edge"), function (g) {
          var hot = g.getAttribute("data-source") === String(n.id) || g.getAttribute("data-target") === String(n.id);
          g.classList.toggle("hot", hot);
          if (hot) {
            var other = svg.querySelector('.node[data-id="' + (g.getAttribute("data-source") === String(n.id) ? g.getAttribute("data-target") : g.getAttribute("data-source")) + '"]');
            if (other) other.classList.add("hot");
          }
        });
        link.classList.add("hot");
      }
      function blur() {
        svg.classList.remove("focusing");
        Array.prototype.forEach.call(svg.querySelectorAll(".hot"), function (x) { x.classList.remove("hot"); });
      }
      link.addEventListener("mouseenter", focus);
      link.addEventListener("focus", focus);
      link.addEventListener("mouseleave", blur);
      link.addEventListener("blur", blur);
    });
    svg.setAttribute("data-drawn", String(nodes.length));
    svg.classList.add("drawn");
  }

  layout();
  draw();
})();
