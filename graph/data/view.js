// newskg HTML view: the graph, a legend whose checkboxes show or hide node groups and
// relation types, a search box that selects and zooms to a node by name or alias, and
// details of the clicked node or edge. Data only ever reaches the page as text
// (textContent, option values, vis-network's plain-text tooltips), never as markup.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("newskg-data").textContent);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, data.options);
  const hiddenGroups = new Set();
  const hiddenRelations = new Set();
  const view = { network: network, nodes: nodes, edges: edges, settled: false,
                 hiddenGroups: hiddenGroups, hiddenRelations: hiddenRelations };
  window.newskgView = view;

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // Physics only lays the graph out; once it has settled the picture stays still.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    view.settled = true;
  });

  // --- show and hide ------------------------------------------------------------
  function applyFilters() {
    nodes.update(nodes.map(function (n) { return { id: n.id, hidden: hiddenGroups.has(n.kind) }; }));
    edges.update(edges.map(function (e) { return { id: e.id, hidden: hiddenRelations.has(e.relation) }; }));
  }

  function setShown(hidden, key, shown) {
    if (shown) hidden.delete(key); else hidden.add(key);
    const box = document.querySelector('#panel input[data-key="' + CSS.escape(key) + '"][data-set="' +
                                       (hidden === hiddenGroups ? "group" : "relation") + '"]');
    if (box) box.checked = shown;
    applyFilters();
  }

  function legendRow(row, set, hidden) {
    const box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.key = row.key;
    box.dataset.set = set;
    box.addEventListener("change", function () { setShown(hidden, row.key, box.checked); });
    const swatch = element("span", "swatch " + row.shape);
    swatch.style.backgroundColor = row.color;
    const label = element("label");
    label.append(box, swatch, element("span", "name", row.name ? row.name + " " + row.key : row.key),
                 element("span", "count", String(row.count)));
    const item = element("li");
    item.append(label);
    return item;
  }

  function buildLegend() {
    const groups = document.getElementById("legend-groups");
    data.legend.groups.forEach(function (row) { groups.append(legendRow(row, "group", hiddenGroups)); });
    const relations = document.getElementById("legend-relations");
    data.legend.relations.forEach(function (row) { relations.append(legendRow(row, "relation", hiddenRelations)); });
  }

  // --- search -------------------------------------------------------------------
  const names = [];  // [name, node id], canonical names first
  data.nodes.forEach(function (n) { names.push([n.name, n.id]); });
  data.nodes.forEach(function (n) { (n.aliases || []).forEach(function (a) { names.push([a, n.id]); }); });

  function findNode(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const exact = names.find(function (pair) { return pair[0].toLowerCase() === q; });
    if (exact) return exact[1];
    let best = null;
    names.forEach(function (pair) {
      if (pair[0].toLowerCase().includes(q) && (best === null || pair[0].length < best[0].length)) best = pair;
    });
    return best && best[1];
  }

  function focusNode(id) {
    const node = nodes.get(id);
    if (hiddenGroups.has(node.kind)) setShown(hiddenGroups, node.kind, true);
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showDetails(node.title);
  }

  function search(query, quiet) {
    const status = document.getElementById("search-status");
    const id = findNode(query);
    status.classList.toggle("missing", !id && !quiet);
    if (id) {
      focusNode(id);
      status.textContent = "已定位: " + nodes.get(id).name;
    } else if (!quiet) {
      status.textContent = "未找到: " + query.trim();
    }
    return id;
  }

  function buildSearch() {
    const list = document.getElementById("names");
    names.forEach(function (pair) {
      const option = element("option");
      option.value = pair[0];
      list.append(option);
    });
    const input = document.getElementById("search");
    document.getElementById("search-form").addEventListener("submit", function (event) {
      event.preventDefault();
      search(input.value, false);
    });
    input.addEventListener("input", function (event) {
      if (event.inputType === "insertReplacementText" || event.inputType === undefined) search(input.value, true);
    });
  }

  // --- details ------------------------------------------------------------------
  function showDetails(text) {
    document.getElementById("details").textContent = text;
  }

  network.on("click", function (params) {
    if (params.nodes.length) showDetails(nodes.get(params.nodes[0]).title);
    else if (params.edges.length) showDetails(edges.get(params.edges[0]).title);
  });

  document.getElementById("summary").textContent =
    data.nodes.length + " 个节点 · " + data.edges.length + " 条关系";
  buildLegend();
  buildSearch();
  view.search = search;
})();
