/* ktimeline -f html: draws the timeline from the JSON block "data" and the list "events".
   Hand-written, no library, no network. Data reaches the page only as text: item titles and
   the card are set with textContent or cloned from the server-escaped list, never innerHTML. */
(function () {
  "use strict";
  var DAY_MS = 86400000, LABEL_W = 170, ROW_H = 16, MAX_ROWS = 8, DOT = 12;
  var MAX_SCALE = 400; // px per day
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var t0 = performance.now();
  var section = document.getElementById("chart-section");
  var list = document.getElementById("events");
  if (!section || !list) { document.documentElement.dataset.ready = "1"; return; } // nothing to draw
  var data = JSON.parse(document.getElementById("data").textContent);
  var items = data.items, lanes = data.lanes, count = items.length;
  var lis = list.children;
  var chart = document.getElementById("chart"), input = document.getElementById("q");
  var shown = document.getElementById("shown"), card = document.getElementById("card");
  section.hidden = false;
  document.documentElement.classList.add("js");

  function el(tag, cls) { var e = document.createElement(tag); if (cls) { e.className = cls; } return e; }

  var min = Infinity, max = -Infinity, i;
  for (i = 0; i < count; i++) { min = Math.min(min, items[i][0]); max = Math.max(max, items[i][1] + 1); }
  var pad = Math.max(1, Math.round((max - min) * 0.02));
  min -= pad; max += pad;
  var total = max - min;

  var scroller = el("div", "scroller"), track = el("div", "track");
  var axis = el("div", "axis"), grid = el("div", "grid");
  var corner = el("div", "corner");
  corner.textContent = "by " + data.by;
  axis.appendChild(corner);
  track.appendChild(grid); track.appendChild(axis);
  scroller.appendChild(track); chart.appendChild(scroller);

  function viewWidth() { return Math.max(100, scroller.clientWidth - LABEL_W); }
  var fitScale = viewWidth() / total, scale = fitScale, fitted = true;

  // Lanes, and rows inside a lane so that items close at the first view do not overlap.
  var byLane = lanes.map(function () { return []; });
  for (i = 0; i < count; i++) { byLane[items[i][3]].push(i); }
  var els = new Array(count), order = [], laneEls = [];
  var gap = (DOT + 4) / fitScale;
  var frag = document.createDocumentFragment();
  byLane.forEach(function (members, lane) {
    members.sort(function (a, b) { return items[a][0] - items[b][0] || a - b; });
    var ends = [];
    var row = el("div", "lane"), label = el("div", "lane-label"), body = el("div", "lane-body");
    label.textContent = lanes[lane];
    label.title = lanes[lane] + " (" + members.length + ")";
    row.appendChild(label); row.appendChild(body);
    body.style.setProperty("--c", "hsl(" + ((lane * 47) % 360) + ", 60%, 42%)"); // inherited
    members.forEach(function (index) {
      var it = items[index], r = 0;
      while (r < ends.length && ends[r] > it[0]) { r++; }
      if (r === MAX_ROWS) {
        r = 0;
        for (var k = 1; k < ends.length; k++) { if (ends[k] < ends[r]) { r = k; } }
      }
      ends[r] = Math.max(it[1] + 1, it[0] + gap);
      var e = el("div", "ev " + it[2]);
      e.dataset.i = index;
      e.style.top = (3 + r * ROW_H) + "px";
      if (it[2] === "day") {
        e.style.left = ((it[0] + 0.5 - min) / total * 100) + "%";
      } else {
        e.style.left = ((it[0] - min) / total * 100) + "%";
        e.style.width = ((it[1] + 1 - it[0]) / total * 100) + "%";
      }
      body.appendChild(e);
      els[index] = e;
    });
    row.style.height = (6 + Math.max(1, ends.length) * ROW_H) + "px";
    frag.appendChild(row);
    laneEls.push(row);
  });
  track.appendChild(frag);
  for (i = 0; i < count; i++) { order.push(i); }
  order.sort(function (a, b) { return items[a][0] - items[b][0] || items[a][3] - items[b][3] || a - b; });
  var rank = new Array(count);
  order.forEach(function (index, r) { rank[index] = r; });

  // --- axis ---------------------------------------------------------------------------
  function ymd(day) { var d = new Date(day * DAY_MS); return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]; }
  function dayOf(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return Math.round(t / DAY_MS); } // years < 100 too
  var STEPS = [[1, "d"], [7, "w"], [1, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"], [10, "y"], [25, "y"], [50, "y"], [100, "y"]];
  var APPROX = { d: 1, w: 1, m: 30.4, y: 365.25 };
  function ticks(from, to) {
    var step = STEPS[STEPS.length - 1];
    for (var s = 0; s < STEPS.length; s++) {
      if (STEPS[s][0] * APPROX[STEPS[s][1]] * scale >= 80) { step = STEPS[s]; break; }
    }
    var n = step[0], unit = step[1], out = [], p = ymd(from), day;
    if (unit === "d" || unit === "w") {
      day = from;
      if (unit === "w") { day -= ((new Date(day * DAY_MS).getUTCDay() + 6) % 7); } // Mondays
      for (; day <= to; day += n * (unit === "w" ? 7 : 1)) {
        var q = ymd(day);
        out.push([day, q[2] + " " + MONTHS[q[1]] + (q[1] === 0 && q[2] <= 7 * n ? " " + q[0] : ""), q[2] === 1]);
      }
    } else if (unit === "m") {
      var y = p[0], m = p[1] - (p[1] % n);
      for (day = dayOf(y, m, 1); day <= to; m += n, day = dayOf(y, m, 1)) {
        var mm = ((m % 12) + 12) % 12, yy = y + Math.floor(m / 12);
        out.push([day, MONTHS[mm] + (mm === 0 || out.length === 0 ? " " + yy : ""), mm === 0]);
      }
    } else {
      for (var yr = p[0] - (p[0] % n); (day = dayOf(yr, 0, 1)) <= to; yr += n) { out.push([day, String(yr), true]); }
    }
    return out;
  }
  function drawAxis() {
    var left = scroller.scrollLeft, w = scroller.clientWidth;
    var from = Math.floor(min + (left - w) / scale), to = Math.ceil(min + (left + 2 * w) / scale);
    var labels = document.createDocumentFragment(), lines = document.createDocumentFragment();
    ticks(Math.max(from, min), Math.min(to, max)).forEach(function (t) {
      var x = LABEL_W + (t[0] - min) * scale;
      if (t[0] < min || t[0] > max) { return; }
      var label = el("span", t[2] ? "tick major" : "tick"), line = el("i", t[2] ? "major" : "");
      label.textContent = t[1];
      label.style.left = x + "px"; line.style.left = x + "px";
      labels.appendChild(label); lines.appendChild(line);
    });
    axis.replaceChildren(corner, labels);
    grid.replaceChildren(lines);
  }

  // --- zoom and pan ------------------------------------------------------------------
  function setScale(next, anchorX) {
    next = Math.min(MAX_SCALE, Math.max(fitScale, next));
    if (anchorX === undefined) { anchorX = LABEL_W + viewWidth() / 2; }
    var day = min + (scroller.scrollLeft + anchorX - LABEL_W) / scale;
    scale = next;
    fitted = scale <= fitScale * 1.0001;
    track.style.width = (LABEL_W + total * scale) + "px";
    scroller.scrollLeft = (day - min) * scale + LABEL_W - anchorX;
    drawAxis();
  }
  function fit() { fitScale = viewWidth() / total; setScale(fitScale); }
  document.getElementById("zoom-in").addEventListener("click", function () { setScale(scale * 2); });
  document.getElementById("zoom-out").addEventListener("click", function () { setScale(scale / 2); });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  scroller.addEventListener("wheel", function (event) {
    if (!event.ctrlKey && !event.metaKey) { return; }
    event.preventDefault();
    var box = scroller.getBoundingClientRect();
    setScale(scale * Math.pow(1.0015, -event.deltaY), event.clientX - box.left);
  }, { passive: false });
  var pending = false;
  scroller.addEventListener("scroll", function () {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(function () { pending = false; drawAxis(); });
  });
  var drag = null;
  scroller.addEventListener("pointerdown", function (event) {
    if (event.button !== 0) { return; }
    drag = { x: event.clientX, left: scroller.scrollLeft, moved: false };
  });
  window.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x;
    if (Math.abs(dx) > 3) { drag.moved = true; scroller.classList.add("dragging"); }
    if (drag.moved) { scroller.scrollLeft = drag.left - dx; }
  });
  window.addEventListener("pointerup", function () {
    scroller.classList.remove("dragging");
    setTimeout(function () { drag = null; }, 0);
  });
  var lastWidth = scroller.clientWidth;
  function resized() {
    if (scroller.clientWidth === lastWidth) { return; }
    lastWidth = scroller.clientWidth;
    var wasFitted = fitted;
    fitScale = viewWidth() / total;
    if (wasFitted || scale < fitScale) { setScale(fitScale); } else { drawAxis(); }
    if (selected >= 0) { reveal(selected); }
  }
  if (window.ResizeObserver) { new ResizeObserver(resized).observe(scroller); }
  window.addEventListener("resize", resized);

  // --- selection and the card --------------------------------------------------------
  var selected = -1;
  function part(index, selector) { var node = lis[index].querySelector(selector); return node ? node.textContent : ""; }
  function describe(index) { return part(index, ".when") + " — " + part(index, ".text"); }
  track.addEventListener("mouseover", function (event) {
    var t = event.target;
    if (t.classList.contains("ev") && !t.title) { t.title = describe(+t.dataset.i); }
  });
  track.addEventListener("click", function (event) {
    var t = event.target;
    if (drag && drag.moved) { return; }
    if (t.classList.contains("ev")) { select(+t.dataset.i); chart.focus({ preventScroll: true }); }
  });
  function reveal(index) {
    var x = LABEL_W + ((items[index][0] + items[index][1] + 1) / 2 - min) * scale;
    var left = scroller.scrollLeft, w = scroller.clientWidth;
    if (x < left + LABEL_W + 20 || x > left + w - 20) { scroller.scrollLeft = x - LABEL_W - viewWidth() / 2; }
    var lane = els[index].parentNode.parentNode;
    var top = lane.offsetTop, bottom = top + lane.offsetHeight;
    if (top < scroller.scrollTop + 30 || bottom > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.max(0, top - 30);
    }
  }
  function select(index) {
    if (selected >= 0) { els[selected].classList.remove("sel"); lis[selected].classList.remove("sel"); }
    selected = index;
    els[index].classList.add("sel"); lis[index].classList.add("sel");
    var entry = lis[index].cloneNode(true), close = el("button", "close");
    entry.removeAttribute("id");
    entry.querySelectorAll("a.cite").forEach(function (link) {
      var source = document.getElementById("s" + link.dataset.s);
      if (source) { var cite = el("cite"); cite.textContent = " " + source.textContent; link.after(cite); }
    });
    close.type = "button"; close.textContent = "×"; close.setAttribute("aria-label", "Close the card");
    close.addEventListener("click", closeCard);
    var body = el("div", "card-body"); body.appendChild(entry);
    card.replaceChildren(close, body);
    card.hidden = false;
    reveal(index);
  }
  function closeCard() {
    card.hidden = true;
    if (selected >= 0) { els[selected].classList.remove("sel"); lis[selected].classList.remove("sel"); }
    selected = -1;
    chart.focus({ preventScroll: true });
  }
  function step(direction, from) {
    var r = from !== undefined ? from : selected >= 0 ? rank[selected] : (direction > 0 ? -1 : count);
    for (r += direction; r >= 0 && r < count; r += direction) {
      if (!els[order[r]].hidden) { select(order[r]); return; }
    }
  }
  chart.addEventListener("keydown", function (event) {
    var handled = true;
    switch (event.key) {
      case "ArrowRight": case "ArrowDown": step(1); break;
      case "ArrowLeft": case "ArrowUp": step(-1); break;
      case "Home": step(1, -1); break;
      case "End": step(-1, count); break;
      case "Enter": case " ": if (selected < 0) { step(1); } else { select(selected); } break;
      case "Escape": closeCard(); break;
      case "+": case "=": setScale(scale * 2); break;
      case "-": case "_": setScale(scale / 2); break;
      case "0": fit(); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });
  card.addEventListener("keydown", function (event) { if (event.key === "Escape") { closeCard(); } });
  list.addEventListener("click", function (event) { // an entry's date shows it on the timeline
    var entry = event.target.closest(".when") && event.target.closest("li[data-i]");
    if (!entry) { return; }
    select(+entry.dataset.i);
    section.scrollIntoView({ block: "start" });
    chart.focus({ preventScroll: true });
  });

  // --- filtering as you type ---------------------------------------------------------
  var haystacks = null, visible = count;
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function showCount() {
    shown.textContent = (visible === count ? "" : visible + " of ") + count + " " + data.noun;
    chart.dataset.shown = visible;
  }
  function index() {
    haystacks = new Array(count);
    for (var h = 0; h < count; h++) { haystacks[h] = fold(lis[h].textContent); }
  }
  function filter() {
    var terms = fold(input.value).split(/\s+/).filter(Boolean);
    if (haystacks === null && terms.length) { index(); }
    visible = 0;
    var inLane = lanes.map(function () { return 0; });
    for (var j = 0; j < count; j++) {
      var ok = true;
      for (var t = 0; t < terms.length && ok; t++) { ok = haystacks[j].indexOf(terms[t]) >= 0; }
      if (els[j].hidden === ok) { els[j].hidden = !ok; lis[j].hidden = !ok; }
      if (ok) { visible++; inLane[items[j][3]]++; }
    }
    laneEls.forEach(function (lane, k) { lane.hidden = inLane[k] === 0; });
    showCount();
  }
  var queued = false;
  input.addEventListener("input", function () {
    if (queued) { return; }
    queued = true;
    requestAnimationFrame(function () { queued = false; filter(); });
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && input.value) { input.value = ""; filter(); }
    if (event.key === "Enter") { event.preventDefault(); chart.focus(); step(1); }
  });

  setScale(fitScale);
  showCount();
  chart.dataset.drawn = count;
  window.ktimeline = { readyMs: performance.now() - t0, drawn: count };
  document.documentElement.dataset.ready = "1";
  // the words to filter on, read once the page is idle, so that the first key typed is quick
  (window.requestIdleCallback || setTimeout)(function () { if (haystacks === null) { index(); } });
}());
