/* ktimeline -f html: draws the timeline from the JSON block "data" and the list "events".
   Hand-written, no library, no network. Data reaches the page only as text: labels, tooltips
   and the card are set with textContent or cloned from the server-escaped list, never
   innerHTML. Layout is recomputed at each zoom (labels stacked where they fit, the others
   thinned to their mark); panning only moves the lanes' contents. */
(function () {
  "use strict";
  var LABEL_W = 170, ROW_H = 20, BAND_H = 16, MAX_ROWS = 8, BAND_ROWS = 6, DOT = 10;
  var CHAR_W = 7, LABEL_MAX = 320, GAP = 6, MIN_VIEW_DAYS = 0.25, HOUR = 1 / 24;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var t0 = performance.now();
  var section = document.getElementById("chart-section");
  var list = document.getElementById("events");
  if (!section || !list) { document.documentElement.dataset.ready = "1"; return; } // nothing to draw
  var data = JSON.parse(document.getElementById("data").textContent);
  var items = data.items, lanes = data.lanes, count = items.length;
  var lis = list.children;
  var chart = document.getElementById("chart"), input = document.getElementById("q");
  var shown = document.getElementById("shown"), card = document.getElementById("card");
  var bandToggle = document.getElementById("bands");
  section.hidden = false;
  document.documentElement.classList.add("js");

  function el(tag, cls) { var e = document.createElement(tag); if (cls) { e.className = cls; } return e; }
  function isBand(index) { return items[index][2] === "month" || items[index][2] === "year"; }

  // --- the frame: axis, lanes, grid -----------------------------------------------------
  var first = Infinity, last = -Infinity, i;
  for (i = 0; i < count; i++) { first = Math.min(first, items[i][0]); last = Math.max(last, items[i][1] + 1); }
  if (data.span) { first = Math.min(first, data.span[0]); last = Math.max(last, data.span[1] + 1); } // the period asked for
  // The days a view may show: the events (and the period asked for), with a little room on
  // the left and on the right room for the last events' labels, in pixels at any zoom.
  var LEFT_ROOM = 16, RIGHT_ROOM = 90;
  function minAt(s) { return first - LEFT_ROOM / s; }
  function maxAt(s) { return last + RIGHT_ROOM / s; }
  function fitScaleOf(width) { return Math.max(1, width - LEFT_ROOM - RIGHT_ROOM) / (last - first); }
  var head = el("div", "axis-row"), corner = el("div", "corner"), axis = el("div", "axis");
  var major = el("div", "axis-major"), minor = el("div", "axis-minor");
  corner.textContent = "by " + data.by;
  axis.appendChild(major); axis.appendChild(minor);
  head.appendChild(corner); head.appendChild(axis);
  var scroller = el("div", "scroller"), grid = el("div", "grid"), today = el("div", "today");
  // the line alone: a word at its top would lie over the first lane's labels; the legend names it
  var todayKey = document.getElementById("today-key");
  var tip = el("div", "tip");
  tip.setAttribute("role", "tooltip"); tip.id = "tip"; tip.hidden = true;
  chart.appendChild(head); chart.appendChild(scroller); chart.appendChild(tip);
  scroller.appendChild(grid);

  var byLane = lanes.map(function () { return []; });
  for (i = 0; i < count; i++) { byLane[items[i][3]].push(i); }
  var els = new Array(count), labels = new Array(count), laneEls = [], contents = [], counters = [];
  var frag = document.createDocumentFragment();
  byLane.forEach(function (members, lane) {
    members.sort(function (a, b) { return items[a][0] - items[b][0] || items[b][1] - items[a][1] || a - b; });
    var row = el("div", "lane"), label = el("div", "lane-label"), body = el("div", "lane-body");
    var content = el("div", "lane-content"), name = el("span", "lane-name"), n = el("span", "lane-n");
    name.textContent = lanes[lane];
    label.title = lanes[lane];
    label.appendChild(name); label.appendChild(n);
    body.appendChild(content); row.appendChild(label); row.appendChild(body);
    row.style.setProperty("--h", String((lane * 47) % 360)); // the lane's hue, inherited
    members.forEach(function (index) {
      var e = el("div", "ev " + items[index][2]);
      e.dataset.i = index;
      e.setAttribute("role", "button");
      content.appendChild(e);
      els[index] = e;
    });
    frag.appendChild(row);
    laneEls.push(row); contents.push(content); counters.push(n);
  });
  scroller.appendChild(frag);
  scroller.appendChild(today);
  var order = [];
  for (i = 0; i < count; i++) { order.push(i); }
  order.sort(function (a, b) { return items[a][0] - items[b][0] || items[a][3] - items[b][3] || a - b; });
  var rank = new Array(count);
  order.forEach(function (index, r) { rank[index] = r; });

  // --- what is shown: the filter's matches, bands unless hidden -------------------------
  var matched = new Uint8Array(count).fill(1), visible = count;
  function drawn(index) { return matched[index] === 1 && (bandToggle.checked || !isBand(index)); }

  // --- the view: the day at the left edge and pixels per day ---------------------------
  function laneNamesWidth() { return parseFloat(getComputedStyle(chart).getPropertyValue("--label-w")) || 170; }
  function plotWidth() { LABEL_W = laneNamesWidth(); return Math.max(100, chart.clientWidth - LABEL_W - 2); }
  var W = plotWidth(), scale = fitScaleOf(W), start = minAt(scale), origin = start, fitted = true;
  function clampView() {
    var fitScale = fitScaleOf(W), most = W / MIN_VIEW_DAYS;
    scale = Math.min(most, Math.max(fitScale, scale));
    start = Math.min(maxAt(scale) - W / scale, Math.max(minAt(scale), start));
    fitted = scale <= fitScale * 1.0001;
  }
  function dayAt(x) { return start + x / scale; }
  function xOf(day) { return (day - start) * scale; }

  // Stacking, in each lane and in time order: a mark takes the first row where it and its
  // whole label fit; else the row whose last label leaves it most room; else (too many
  // marks for the rows) the row that frees first. Then each row is read left to right and
  // a label gets the room up to the next mark of its row: whole, cut short with an
  // ellipsis, or thinned away when too short to read (shown on hover and focus instead).
  // Events known only to a month or year are light bands in rows of their own below.
  // Widths are estimated (nothing is measured), which keeps 10,000 events quick.
  var MIN_LABEL = 64;
  function labelText(index) { return isBand(index) ? data.periods[index] + " · " + items[index][4] : items[index][4]; }
  function labelWidth(index) { return Math.min(LABEL_MAX, labelText(index).length * CHAR_W + 8); }
  function stack(rows, limit, p, gap) {
    var r, best = -1, room = -Infinity, row;
    for (r = 0; r < limit; r++) {
      if (!rows[r] || rows[r].end <= p.left - gap) { best = r; break; }
    }
    if (best < 0) {
      for (r = 0; r < limit; r++) { // only a label is in the way: it will be cut short
        row = rows[r];
        if (row.markEnd <= p.left - gap && p.left - row.labelStart > room) { room = p.left - row.labelStart; best = r; }
      }
    }
    if (best < 0) {
      best = 0;
      for (r = 1; r < limit; r++) { if (rows[r].markEnd < rows[best].markEnd) { best = r; } }
    }
    row = rows[best] || (rows[best] = { end: -Infinity, markEnd: -Infinity, labelStart: -Infinity, members: [] });
    row.end = Math.max(row.markEnd, p.markEnd, p.x1);
    row.markEnd = Math.max(row.markEnd, p.markEnd);
    row.labelStart = p.labelStart;
    row.members.push(p);
    p.row = best;
  }
  function label(rows, gap, rightmost) { // each label: the room up to the next mark of its row
    rows.forEach(function (row) {
      var members = row.members, marksEnd = -Infinity, taken = -Infinity; // marks; marks and labels
      members.sort(function (a, b) { return a.x0 - b.x0; });
      members.forEach(function (p, k) {
        var next = members[k + 1], room, clear;
        if (p.flip) { // a label left of its mark (the last events): after all before it
          room = p.x0 - 4 - taken - gap;
          clear = marksEnd <= p.x0 - 4 && (!next || next.x0 >= p.markEnd);
          if (!clear || room < Math.min(MIN_LABEL, p.want)) { p.flip = false; p.labelStart = p.markEnd + 4; } // back right
        }
        if (!p.flip) {
          room = next ? next.x0 - gap - p.labelStart : Infinity;
          clear = p.band ? marksEnd <= p.x0 + 1 // no band under this one
            : p.inside ? (!next || next.x0 >= p.markEnd) && marksEnd <= p.x0 : marksEnd <= p.labelStart;
        }
        if (!p.flip) { room = Math.min(room, rightmost - p.labelStart); } // an ellipsis, not the edge of the view
        p.labelMax = Math.min(p.labelMax, room);
        p.label = clear && p.labelMax >= Math.min(MIN_LABEL, p.want);
        marksEnd = Math.max(marksEnd, p.markEnd);
        taken = Math.max(taken, p.markEnd, p.label && !p.flip ? p.labelStart + p.labelMax : -Infinity);
      });
    });
  }
  function layout() {
    origin = start;
    var leftmost = (minAt(scale) - origin) * scale, rightmost = (maxAt(scale) - origin) * scale;
    laneEls.forEach(function (row, lane) {
      var rows = [], bands = [], placed = [], members = byLane[lane], shownHere = 0;
      members.forEach(function (index) {
        var e = els[index];
        if (!drawn(index)) { e.hidden = true; return; }
        e.hidden = false; shownHere++;
        var it = items[index], band = isBand(index), lw = labelWidth(index);
        var left = (it[0] - origin) * scale, width = (it[1] + 1 - it[0]) * scale;
        var p = { index: index, band: band, inside: false, flip: false, labelMax: lw, want: lw };
        if (it[2] === "day") { p.x0 = left + width / 2 - DOT / 2; p.markEnd = p.x0 + DOT; }
        else { p.x0 = left; p.markEnd = left + Math.max(width, 6); }
        p.left = p.x0;
        if (band) {
          p.inside = true;
          p.labelStart = p.x0 + 4; p.x1 = Math.max(p.markEnd, p.labelStart + lw);
          p.labelMax = Math.max(lw, width - 8);
          stack(bands, BAND_ROWS, p, 1);
        } else {
          p.inside = it[2] === "span" && width >= lw + 8;
          p.labelStart = p.inside ? p.x0 + 4 : p.markEnd + 4;
          p.x1 = p.inside ? p.markEnd : p.labelStart + lw;
          // near the end of the time line a label would run out of every view: left of its mark
          p.flip = !p.inside && p.x1 > rightmost && p.x0 - 4 - lw >= leftmost;
          if (p.flip) { p.labelStart = p.x0 - 4 - lw; p.left = p.labelStart; p.x1 = p.markEnd; }
          stack(rows, MAX_ROWS, p, GAP);
        }
        placed.push(p);
      });
      label(rows, GAP, rightmost); label(bands, 1, rightmost);
      var top = 4, bandTop = top + Math.max(rows.length, bands.length ? 0 : 1) * ROW_H;
      placed.forEach(function (p) {
        var e = els[p.index], label = labels[p.index];
        e.style.left = p.x0 + "px";
        e.style.top = (p.band ? bandTop + p.row * BAND_H : top + p.row * ROW_H) + "px";
        if (items[p.index][2] !== "day") { e.style.width = (p.markEnd - p.x0) + "px"; }
        if (p.label) {
          if (!label) {
            label = labels[p.index] = el("span", "lbl");
            label.textContent = labelText(p.index);
            e.appendChild(label);
          }
          label.hidden = false;
          label.className = p.inside && !p.band ? "lbl inside" : p.flip ? "lbl flip" : "lbl";
          label.style.maxWidth = p.labelMax + "px"; // the room reserved: an ellipsis, never an overlap
        } else if (label) { label.hidden = true; }
      });
      row.style.height = (bandTop + bands.length * BAND_H + 6) + "px";
      row.hidden = shownHere === 0;
      counters[lane].textContent = String(shownHere);
    });
    grid.style.height = today.style.height = "0"; // then as tall as the lanes, scrolled or not
    grid.style.height = today.style.height = scroller.scrollHeight + "px";
    pan();
  }
  function pan() { // moves the lanes' contents, the axis and the grid to the view
    var shift = (origin - start) * scale;
    if (Math.abs(shift) > 4e6) { layout(); return; } // far from where the marks were placed
    for (var c = 0; c < contents.length; c++) { contents[c].style.transform = "translateX(" + shift + "px)"; }
    drawAxis();
  }

  // --- the axis: steps chosen so that labels fit, from hours to centuries ---------------
  function ymd(day) { var d = new Date(Math.floor(day) * 86400000); return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay()]; }
  function dayOf(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return Math.round(t / 86400000); } // years < 100 too
  function pad2(n) { return (n < 10 ? "0" : "") + n; }
  // [unit, count, approximate days, widest label in characters]
  var STEPS = [["h", 1, HOUR, 5], ["h", 3, 3 * HOUR, 5], ["h", 6, 6 * HOUR, 5], ["h", 12, 12 * HOUR, 5],
    ["d", 1, 1, 6], ["d", 2, 2, 6], ["w", 1, 7, 6], ["w", 2, 14, 6], ["m", 1, 30.4, 6],
    ["m", 3, 91.3, 8], ["m", 6, 182.6, 8], ["y", 1, 365.25, 4], ["y", 2, 730.5, 4], ["y", 5, 1826, 5],
    ["y", 10, 3652, 5], ["y", 20, 7305, 5], ["y", 50, 18262, 5], ["y", 100, 36525, 5],
    ["y", 200, 73050, 5], ["y", 500, 182625, 5], ["y", 1000, 365250, 5]];
  function textWidth(chars) { return chars * CHAR_W + 10; }
  function chooseStep() { // hours only when the view is under three days: events are days
    var days = W / scale, chosen = STEPS.length - 1;
    for (var s = 0; s < STEPS.length; s++) {
      if (STEPS[s][0] === "h" && days > 3) { continue; }
      if (STEPS[s][2] * scale >= textWidth(STEPS[s][3]) + 14) { chosen = s; break; }
    }
    // In a narrow view that step may leave fewer than three labels ("2019", "2020"): a finer
    // one whose labels are placed as drawAxis places them (a label that would touch the one
    // before is left out) may show more. The coarsest finer step with three is taken.
    if (placed(STEPS[chosen]) >= 3) { return STEPS[chosen]; }
    for (var f = chosen - 1; f >= 0; f--) {
      if ((STEPS[f][0] === "h" && days > 3) || STEPS[f][2] * scale < textWidth(3)) { break; }
      if (placed(STEPS[f]) >= 3) { return STEPS[f]; }
    }
    return STEPS[chosen];
  }
  function placed(step) { // how many of the step's labels drawAxis would draw
    var right = -Infinity, count = 0;
    minorTicks(step, dayAt(0) - step[2], dayAt(W)).forEach(function (t) {
      var x = xOf(t[0]), width = textWidth(t[1].length);
      if (x < 0 || x < right + 4 || x + width > W) { return; }
      count++; right = x + width;
    });
    return count;
  }
  function minorTicks(step, from, to) { // [day, label, is a boundary of the major unit]
    var unit = step[0], n = step[1], out = [], day, p = ymd(from), q;
    if (unit === "h") {
      for (day = Math.floor(from); day <= to; day += n * HOUR) {
        if (day < from) { continue; }
        var hour = Math.round((day - Math.floor(day + 1e-9)) * 24) % 24;
        q = ymd(day + 1e-9);
        out.push([day, hour === 0 ? WEEKDAYS[q[3]] + " " + q[2] : pad2(hour) + ":00", hour === 0]);
      }
    } else if (unit === "d") {
      for (day = Math.floor(from); day <= to; day++) {
        q = ymd(day);
        if ((q[2] - 1) % n !== 0 || (n > 1 && q[2] > 30)) { continue; }
        out.push([day, (n === 1 ? WEEKDAYS[q[3]] + " " : "") + q[2], q[2] === 1]);
      }
    } else if (unit === "w") {
      day = Math.floor(from) - ((ymd(from)[3] + 6) % 7); // Mondays
      var weeks = Math.floor((day + 3) / 7); // the same Mondays at every pan position
      if (n > 1 && weeks % n) { day += 7 * (n - weeks % n); }
      for (; day <= to; day += 7 * n) {
        q = ymd(day);
        out.push([day, q[2] + " " + MONTHS[q[1]], q[2] <= 7 * n]);
      }
    } else if (unit === "m") {
      var y = p[0], m = p[1] - (p[1] % n);
      for (day = dayOf(y, m, 1); day <= to; m += n, day = dayOf(y, m, 1)) {
        var mm = ((m % 12) + 12) % 12, yy = y + Math.floor(m / 12);
        out.push([day, MONTHS[mm] + (mm === 0 ? " " + yy : ""), mm === 0]);
      }
    } else {
      for (var yr = p[0] - (((p[0] % n) + n) % n); (day = dayOf(yr, 0, 1)) <= to; yr += n) {
        out.push([day, String(yr), yr % (n * 10) === 0]);
      }
    }
    return out;
  }
  function majorTicks(step, from, to) { // the wider unit that gives the minor labels context
    var out = [], day, q, unit = step[0];
    if (unit === "h") {
      for (day = Math.floor(from); day <= to; day++) {
        q = ymd(day);
        out.push([day, WEEKDAYS[q[3]] + " " + q[2] + " " + MONTHS[q[1]] + " " + q[0]]);
      }
    } else if (unit === "d" || unit === "w") {
      q = ymd(from);
      for (var m = q[1], y = q[0]; (day = dayOf(y, m, 1)) <= to; m++) {
        var mm = ((m % 12) + 12) % 12;
        out.push([day, LONG_MONTHS[mm] + " " + (y + Math.floor(m / 12))]);
      }
    } else if (unit === "m") {
      for (var yr = ymd(from)[0]; (day = dayOf(yr, 0, 1)) <= to; yr++) { out.push([day, String(yr)]); }
    }
    return out;
  }
  function drawAxis() {
    var from = dayAt(0), to = dayAt(W), step = chooseStep();
    var minors = document.createDocumentFragment(), majors = document.createDocumentFragment();
    var lines = document.createDocumentFragment(), right = -Infinity;
    minorTicks(step, from - step[2], to).forEach(function (t) {
      var x = xOf(t[0]), width = textWidth(t[1].length);
      var line = el("i", t[2] ? "major" : "");
      line.style.left = x + "px"; lines.appendChild(line);
      if (x < 0 || x < right + 4 || x + width > W) { return; } // whole, and never on top of each other
      var label = el("span", t[2] ? "tick strong" : "tick");
      label.textContent = t[1]; label.style.left = x + "px";
      minors.appendChild(label); right = x + width;
    });
    var ticks = majorTicks(step, from, to).filter(function (t) { return t[0] >= from; }), firstX = ticks.length ? xOf(ticks[0][0]) : Infinity;
    var context = step[0] === "y" ? null : ymd(from);
    if (context) { // the period at the left edge, pinned, unless its own boundary is near
      var pinned = step[0] === "h" ? WEEKDAYS[context[3]] + " " + context[2] + " " + MONTHS[context[1]] + " " + context[0]
        : step[0] === "m" ? String(context[0]) : LONG_MONTHS[context[1]] + " " + context[0];
      if (firstX > pinned.length * 7.8 + 18) { ticks.unshift([from, pinned]); }
    }
    right = -Infinity;
    ticks.forEach(function (t) {
      var x = Math.max(0, xOf(t[0])), width = t[1].length * 7.8 + 10; // bold, larger
      if (x < right + 4 || x + width > W) { return; }
      var label = el("span", "tick period"); label.textContent = t[1]; label.style.left = x + "px";
      majors.appendChild(label); right = x + width;
    });
    minor.replaceChildren(minors); major.replaceChildren(majors); grid.replaceChildren(lines);
    var now = new Date(), todayNumber = dayOf(now.getFullYear(), now.getMonth(), now.getDate()) + now.getHours() / 24;
    today.hidden = todayKey.hidden = todayNumber < from || todayNumber > to;
    today.style.left = (LABEL_W + xOf(todayNumber)) + "px";
    chart.dataset.step = step[1] + step[0];
  }

  // --- zoom and pan ------------------------------------------------------------------
  var relayout = 0;
  function zoomTo(next, anchorX) {
    if (anchorX === undefined) { anchorX = W / 2; }
    var day = dayAt(anchorX);
    scale = next;
    start = day - anchorX / scale;
    clampView();
    layout();
  }
  function panBy(dx) { start += dx / scale; clampView(); pan(); }
  function fit() { W = plotWidth(); scale = fitScaleOf(W); start = minAt(scale); clampView(); layout(); }
  function showSpan(from, to) { // the view over these days, a little wider
    W = plotWidth();
    var width = Math.max(MIN_VIEW_DAYS, (to - from) * 1.1);
    scale = W / width; start = (from + to) / 2 - width / 2; clampView(); layout();
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoomTo(scale * 2); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomTo(scale / 2); });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  var wheelZoom = 1, wheelAt = 0, wheeling = false;
  scroller.addEventListener("wheel", function (event) {
    var box = scroller.getBoundingClientRect();
    if (event.ctrlKey || event.metaKey) { // one layout a frame, however fast the wheel turns
      event.preventDefault();
      wheelZoom *= Math.pow(1.0015, -event.deltaY);
      wheelAt = event.clientX - box.left - LABEL_W;
      if (!wheeling) {
        wheeling = true;
        requestAnimationFrame(function () { wheeling = false; zoomTo(scale * wheelZoom, wheelAt); wheelZoom = 1; });
      }
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
      event.preventDefault();
      panBy(event.shiftKey ? event.deltaY : event.deltaX);
    }
  }, { passive: false });
  var drag = null, pressed = false;
  scroller.addEventListener("pointerdown", function (event) {
    pressed = true; // the focus a press gives the chart is not a Tab into it (see "focus")
    if (event.button !== 0) { return; }
    drag = { x: event.clientX, start: start, moved: false };
  });
  window.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x;
    if (Math.abs(dx) > 3) { drag.moved = true; scroller.classList.add("dragging"); hideTip(); }
    if (drag.moved) { start = drag.start - dx / scale; clampView(); pan(); }
  });
  window.addEventListener("pointerup", function () {
    scroller.classList.remove("dragging");
    setTimeout(function () { drag = null; pressed = false; }, 0);
  });
  function resized() {
    var width = plotWidth();
    if (width === W) { return; }
    var wasFitted = fitted, centre = dayAt(W / 2);
    W = width;
    if (wasFitted) { fit(); } else { start = centre - W / 2 / scale; clampView(); layout(); }
  }
  if (window.ResizeObserver) { new ResizeObserver(resized).observe(chart); }
  window.addEventListener("resize", resized);
  window.addEventListener("beforeprint", function () { fit(); });

  // --- tooltip, focus and the card -----------------------------------------------------
  var selected = -1, active = -1, related = [];
  function part(index, selector) { var node = lis[index].querySelector(selector); return node ? node.textContent : ""; }
  function firstWords(s, n) { var w = s.split(/\s+/); return w.length > n ? w.slice(0, n).join(" ") + " …" : s; }
  function describe(index) { return part(index, ".when time") + " — " + items[index][4]; }
  function showTip(index) {
    var e = els[index], box = e.getBoundingClientRect(), frame = chart.getBoundingClientRect();
    var when = el("strong"), what = el("span");
    when.textContent = part(index, ".when");
    what.textContent = firstWords(part(index, ".text"), 28);
    tip.replaceChildren(when, what);
    tip.hidden = false;
    var left = Math.min(box.left - frame.left, frame.width - tip.offsetWidth - 8);
    var top = box.bottom - frame.top + 6;
    if (top + tip.offsetHeight > frame.height) { top = box.top - frame.top - tip.offsetHeight - 6; }
    tip.style.left = Math.max(4, left) + "px"; tip.style.top = top + "px";
  }
  function hideTip() { tip.hidden = true; }
  scroller.addEventListener("mouseover", function (event) {
    var t = event.target.closest(".ev");
    if (t && !drag) { showTip(+t.dataset.i); }
  });
  scroller.addEventListener("mouseout", function (event) {
    if (event.target.closest(".ev") && active < 0) { hideTip(); }
  });
  scroller.addEventListener("click", function (event) {
    var t = event.target.closest(".ev");
    if (drag && drag.moved) { return; }
    if (t) { activate(+t.dataset.i); select(+t.dataset.i); }
  });
  function inView(index) {
    var x = xOf((items[index][0] + items[index][1] + 1) / 2);
    return x >= 0 && x <= W;
  }
  function reveal(index) {
    var it = items[index];
    if (!inView(index)) {
      var centre = (it[0] + it[1] + 1) / 2;
      if ((it[1] + 1 - it[0]) * scale > W) { showSpan(it[0], it[1] + 1); } else { start = centre - W / 2 / scale; clampView(); pan(); }
    }
    var e = els[index], top = e.offsetTop + e.parentNode.parentNode.parentNode.offsetTop;
    if (top < scroller.scrollTop || top + ROW_H > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
    }
  }
  function activate(index) { // keyboard focus on one mark (a roving tabindex)
    if (active >= 0 && active !== index) { els[active].removeAttribute("tabindex"); }
    active = index;
    var e = els[index];
    e.tabIndex = 0;
    if (!e.hasAttribute("aria-label")) { e.setAttribute("aria-label", describe(index)); }
    chart.tabIndex = -1;
    reveal(index);
    e.focus({ preventScroll: true });
    showTip(index);
    chart.dataset.active = index;
  }
  function light(index, on) {
    related.forEach(function (other) { els[other].classList.remove("rel"); lis[other].classList.remove("rel"); });
    related = on ? (data.related[index] || []) : [];
    related.forEach(function (other) { els[other].classList.add("rel"); lis[other].classList.add("rel"); });
    chart.classList.toggle("has-sel", on);
  }
  function select(index) {
    if (selected >= 0) { els[selected].classList.remove("sel"); lis[selected].classList.remove("sel"); }
    selected = index;
    els[index].classList.add("sel"); lis[index].classList.add("sel");
    light(index, true);
    var entry = lis[index].cloneNode(true), close = el("button", "close");
    entry.removeAttribute("id");
    entry.classList.remove("sel", "rel");
    entry.querySelectorAll("a.cite").forEach(function (link) {
      var source = document.getElementById("s" + link.dataset.s);
      if (source) { var cite = el("cite"); cite.textContent = " " + source.textContent; link.after(cite); }
    });
    close.type = "button"; close.textContent = "×"; close.setAttribute("aria-label", "Close the card");
    close.addEventListener("click", closeCard);
    var body = el("div", "card-body"); body.appendChild(entry);
    card.replaceChildren(close, body);
    card.hidden = false;
    var id = lis[index].id;
    if (id && !/^e\d+$/.test(id) && location.hash !== "#" + id) {
      try { history.replaceState(null, "", "#" + id); } catch (ignored) { /* a page opened without an address */ }
    }
    chart.dataset.selected = index;
  }
  function closeCard() {
    card.hidden = true;
    if (selected >= 0) { els[selected].classList.remove("sel"); lis[selected].classList.remove("sel"); }
    light(selected, false);
    selected = -1;
    delete chart.dataset.selected;
    if (location.hash) { try { history.replaceState(null, "", location.pathname + location.search); } catch (ignored) { /* as above */ } }
    if (active >= 0) { els[active].focus({ preventScroll: true }); } else { chart.focus({ preventScroll: true }); }
  }
  function go(index) { activate(index); if (!card.hidden) { select(index); } }
  function step(direction, from) {
    var r = from !== undefined ? from : active >= 0 ? rank[active] : (direction > 0 ? -1 : count);
    for (r += direction; r >= 0 && r < count; r += direction) {
      if (drawn(order[r])) { go(order[r]); return; }
    }
  }
  function laneStep(direction) { // the nearest event in time in the next lane shown
    if (active < 0) { step(1); return; }
    var lane = items[active][3], when = items[active][0];
    for (var l = lane + direction; l >= 0 && l < lanes.length; l += direction) {
      var best = -1, distance = Infinity;
      byLane[l].forEach(function (index) {
        if (drawn(index) && Math.abs(items[index][0] - when) < distance) { distance = Math.abs(items[index][0] - when); best = index; }
      });
      if (best >= 0) { go(best); return; }
    }
  }
  function firstInView() {
    for (var r = 0; r < count; r++) { if (drawn(order[r]) && inView(order[r])) { return order[r]; } }
    for (r = 0; r < count; r++) { if (drawn(order[r])) { return order[r]; } }
    return -1;
  }
  chart.addEventListener("focus", function () { // Tab into the chart: its first event in view
    // A press on a mark focuses the chart first (marks other than the active one take no
    // focus): moving the view to another event then would carry the mark away from under
    // the pointer, and the click would land beside it. The click says which event it is.
    if (pressed) { return; }
    var index = active >= 0 && drawn(active) ? active : firstInView();
    if (index >= 0) { activate(index); }
  });
  chart.addEventListener("focusout", function (event) {
    if (!chart.contains(event.relatedTarget)) { hideTip(); chart.tabIndex = 0; if (active >= 0) { els[active].removeAttribute("tabindex"); } }
  });
  chart.addEventListener("keydown", function (event) {
    var handled = true;
    switch (event.key) {
      case "ArrowRight": step(1); break;
      case "ArrowLeft": step(-1); break;
      case "ArrowDown": laneStep(1); break;
      case "ArrowUp": laneStep(-1); break;
      case "Home": step(1, -1); break;
      case "End": step(-1, count); break;
      case "Enter": case " ": if (active < 0) { step(1); } else { select(active); } break;
      case "Escape": if (!card.hidden) { closeCard(); } else { hideTip(); } break;
      case "+": case "=": zoomTo(scale * 2); break;
      case "-": case "_": zoomTo(scale / 2); break;
      case "0": fit(); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });
  card.addEventListener("keydown", function (event) { if (event.key === "Escape") { closeCard(); } });
  function fromFragment(id, focus) { // page.html#2019-12-24-… opens that event's card
    var entry = id && document.getElementById(id);
    if (!entry || !entry.dataset || entry.dataset.i === undefined) { return false; }
    var index = +entry.dataset.i;
    if (!drawn(index)) { input.value = ""; filter(); bandToggle.checked = true; layout(); }
    if (focus) { activate(index); } else { reveal(index); }
    select(index);
    section.scrollIntoView({ block: "start" });
    return true;
  }
  function fragmentId() { try { return decodeURIComponent(location.hash.slice(1)); } catch (ignored) { return ""; } }
  window.addEventListener("hashchange", function () { fromFragment(fragmentId(), true); });
  document.addEventListener("click", function (event) { // related events and list dates open the card
    var link = event.target.closest("a[href^='#']"), when = event.target.closest("#events .when");
    if (link && (card.contains(link) || list.contains(link)) && !link.classList.contains("cite")) {
      if (fromFragment(decodeURIComponent(link.getAttribute("href").slice(1)), true)) { event.preventDefault(); }
    } else if (when) {
      var entry = when.closest("li[data-i]");
      fromFragment(entry.id, true);
    }
  });

  // --- the filter: the events `ktimeline search` finds -----------------------------------
  // A copy of search.FuzzyQuery (src/ktimeline/search.py) over what search knows of these
  // events (data.search, made by search.matcher_knowledge): each event's searchable text (its
  // text and quotations) folded by Python, the names of actors, places, tags and terms, the
  // names each event holds, and which events write an acronym in capitals. Only the query is
  // folded here, as ktimeline.folding.fold_text folds it. tests/test_html.py types queries
  // in the box and compares the events shown with `ktimeline search`'s.
  var S = data.search, SCORE = S.scores, things = S.things, texts = S.texts;
  var TYPOGRAPHIC = /[\u2019\u2018\u02bc`\u00b4]/g, SEPARATORS = /[\u201c\u201d\u2014\u2013\u2026\u00a0]/g;
  // an elided "l’armée" is "larmee" and "armee" (folding._ELISION)
  var ELISION = /(?<![\p{L}\p{N}_])(\p{L}{1,7})'([aeiouyhàâäáãåæèéêëìíîïòóôöõøœùúûüýÿ][^\s'\0-]*)/giu;
  function fold(s) { // as folding.fold_text
    s = s.replace(TYPOGRAPHIC, "'").replace(SEPARATORS, " ");
    s = s.replace(/'s(?![\p{L}\p{N}_])/giu, "").replace(ELISION, "$1$2 $2");
    s = s.replace(/'/g, "").replace(/\./g, "").toLowerCase().replace(/ß/g, "ss"); // "Fußball" = "Fussball"
    s = s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
    return (s.match(/[\p{L}\p{N}]+/gu) || []).join(" ");
  }
  var SURROGATE = /[\uD800-\uDFFF]/;
  function chars(s) { return SURROGATE.test(s) ? Array.from(s) : s; } // code points, as Python counts
  function similarity(a, b, wanted) { // rapidfuzz DamerauLevenshtein.normalized_similarity × 100
    a = chars(a); b = chars(b);
    var n = a.length, m = b.length, longest = Math.max(n, m), i, j;
    if (!longest) { return 100; }
    if (100 * (1 - Math.abs(n - m) / longest) < wanted) { return 0; } // cannot reach it
    var far = n + m, last = Object.create(null), d = [];
    for (i = 0; i <= n + 1; i++) { d.push(new Array(m + 2).fill(0)); }
    d[0][0] = far;
    for (i = 0; i <= n; i++) { d[i + 1][0] = far; d[i + 1][1] = i; }
    for (j = 0; j <= m; j++) { d[0][j + 1] = far; d[1][j + 1] = j; }
    for (i = 1; i <= n; i++) { // Lowrance-Wagner: transpositions of letters apart too
      var before = 0;
      for (j = 1; j <= m; j++) {
        var k = last[b[j - 1]] || 0, l = before, cost = 1;
        if (a[i - 1] === b[j - 1]) { cost = 0; before = j; }
        d[i + 1][j + 1] = Math.min(d[i][j] + cost, d[i + 1][j] + 1, d[i][j + 1] + 1,
          d[k][l] + (i - k - 1) + 1 + (j - l - 1));
      }
      last[a[i - 1]] = i;
    }
    return 100 * (1 - d[n + 1][m + 1] / longest);
  }
  var stopwords = Object.create(null), nameList = S.names, namesOf = Object.create(null);
  S.stopwords.forEach(function (word) { stopwords[word] = 1; });
  nameList.forEach(function (pair) { namesOf[pair[0]] = pair[1]; });
  function has(text, part) { return text.indexOf(part) >= 0; }
  function isForm(word, token) { // search.is_form
    var length = chars(word).length;
    if (length >= S.prefixLength && token.indexOf(word) === 0) { return true; }
    return length > S.prefixLength && word.slice(-1) === "s" && token === word.slice(0, -1);
  }
  function nearScore(similar) { return SCORE.nearFloor + SCORE.nearSpan * similar / 100; }
  function termPhrases(word) { // search._term_phrases: "missile" -> the forms of "ICBM"
    var found = [];
    if (chars(word).length < S.prefixLength) { return found; }
    things.forEach(function (thing) {
      if (thing[0] !== "term") { return; }
      var forms = thing[2], holds = forms.some(function (form) { return form.split(" ").indexOf(word) >= 0; });
      if (holds) { forms.forEach(function (form) { if (form.split(" ").indexOf(word) < 0) { found.push(form); } }); }
    });
    return found;
  }
  function WordScorer(word, threshold) { // search.WordScorer
    this.word = word; this.threshold = threshold; this.phrases = termPhrases(word);
    this.fuzzy = chars(word).length >= S.fuzzyLength && threshold <= 100;
    this.memo = Object.create(null);
  }
  WordScorer.prototype.score = function (token) {
    var known = this.memo[token];
    if (known !== undefined) { return known; }
    var score = 0;
    if (token === this.word) { score = SCORE.literal; }
    else if (isForm(this.word, token)) { score = SCORE.prefix; }
    else if (this.fuzzy && chars(token).length >= S.fuzzyLength - 1) {
      var similar = similarity(this.word, token, this.threshold);
      if (similar >= this.threshold) { score = nearScore(similar); }
    }
    this.memo[token] = score;
    return score;
  };
  WordScorer.prototype.match = function (tokens, text) { // [score, kind] or null
    var best = 0;
    for (var t = 0; t < tokens.length && best < SCORE.literal; t++) { best = Math.max(best, this.score(tokens[t])); }
    if (best >= SCORE.prefix) { return [best, "word"]; } // the word or another form of it
    if (best > 0) { return [best, "near"]; }
    for (var f = 0; f < this.phrases.length; f++) {
      var form = this.phrases[f];
      if (has(text, " " + form + " ") || has(text, " " + form + "s ")) { return [SCORE.alias, "synonym"]; }
    }
    return null;
  };
  function closestName(span, threshold) { // search._closest_name: [folded name, score] or null
    if (namesOf[span]) { return [span, 100]; }
    if (chars(span.replace(/ /g, "")).length < S.fuzzyLength) { return null; }
    var best = null;
    for (var n = 0; n < nameList.length; n++) { // the first of the best, as rapidfuzz's extractOne
      var similar = similarity(span, nameList[n][0], threshold);
      if (similar >= threshold && (best === null || similar > best[1])) { best = [nameList[n][0], similar]; }
    }
    return best;
  }
  function knownName(number, matched) { // search._known_name, for the name the query matched
    var thing = things[number], proper = thing[3], namesBroad = proper !== null && proper.indexOf(matched) < 0;
    return {
      label: thing[0], number: number, acronyms: thing[5], surnames: thing[4],
      names: thing[2].filter(function (name) { return name !== matched; }),
      named: namesBroad ? [SCORE.broad, "name", true] : [SCORE.alias, "alias", false],
      heldOnly: proper !== null ? [SCORE.broad, "held", true] : [SCORE.related, "held", false]
    };
  }
  function named(known, name, text, h) { // KnownName.named
    if (!has(text, name)) { return false; }
    var capitals = known.acronyms[name];
    if (capitals !== undefined) { return capitals.indexOf(h) >= 0; } // (its word there, in capitals)
    return has(text, " " + name + " ") || (known.label === "term" && has(text, " " + name + "s "));
  }
  function Concept(words, name, score) { // search.Concept
    this.words = words; this.span = words.join(" "); this.name = name; this.score = score;
    var span = this.span;
    this.known = namesOf[name].map(function (number) { return knownName(number, name); });
    this.spanAcronym = null;
    for (var k = 0; k < this.known.length && this.spanAcronym === null; k++) {
      if (this.known[k].acronyms[span] !== undefined) { this.spanAcronym = this.known[k]; }
    }
    this.scorers = words.map(function (word) { return new WordScorer(word, 101); }); // exact or prefix
  }
  Concept.prototype.knownMatch = function (known, text, h) {
    for (var n = 0; n < known.names.length; n++) { if (named(known, known.names[n], text, h)) { return known.named; } }
    if (S.held[h].indexOf(known.number) < 0) { return null; }
    for (var s = 0; s < known.surnames.length; s++) {
      if (has(text, " " + known.surnames[s] + " ")) { return [SCORE.alias, "alias", false]; }
    }
    return known.heldOnly;
  };
  Concept.prototype.apart = function (text, tokens) { // Concept._words_apart
    var found = [], sum = 0, kinds = Object.create(null);
    for (var s = 0; s < this.scorers.length; s++) {
      var scorer = this.scorers[s], start = Array.from(scorer.word).slice(0, S.prefixLength).join("");
      if (!has(text, start) && !scorer.phrases.some(function (form) { return has(text, form); })) { return null; }
    }
    for (s = 0; s < this.scorers.length; s++) {
      var word = this.scorers[s].match(tokens(), text);
      if (word === null) { return null; }
      found.push(word); sum += word[0]; kinds[word[1]] = 1;
    }
    var kind = kinds.synonym ? "synonym" : kinds.near ? "near" : "word", score = sum / found.length;
    if (kind !== "word" || found.length > 1) { score = Math.min(score, SCORE.prefix); }
    return [score, kind, false];
  };
  Concept.prototype.match = function (text, h, tokens) { // [score, why, broad] or null
    var span = this.span;
    if (this.spanAcronym !== null ? named(this.spanAcronym, span, text, h) : has(text, " " + span + " ")) {
      return [SCORE.literal, "word", false];
    }
    if (this.score < 100 && has(text, " " + this.name + " ")) {
      return [isForm(span, this.name) ? SCORE.prefix : nearScore(this.score), "near", false];
    }
    var best = null;
    for (var k = 0; k < this.known.length; k++) {
      var found = this.knownMatch(this.known[k], text, h);
      if (found !== null && (best === null || found[0] > best[0])) { best = found; }
    }
    if ((best !== null && best[0] >= SCORE.prefix) || this.spanAcronym !== null) { return best; }
    var apart = this.apart(text, tokens);
    return apart !== null && (best === null || apart[0] > best[0]) ? apart : best;
  };
  function Query(query) { // search.FuzzyQuery: quoted phrases, concepts, other words
    var phrases = this.phrases = [];
    var rest = query.replace(/"([^"]*)"|\u201c([^\u201d]*)\u201d/g, function (all, straight, curly) {
      var words = fold(straight || curly || "");
      if (words) { phrases.push(words); }
      return " ";
    });
    var every = fold(rest).split(" ").filter(Boolean);
    var content = every.filter(function (word) { return !stopwords[word]; });
    var terms = content.length ? content : every;
    this.empty = !terms.length && !phrases.length;
    this.concepts = [];
    var covered = Object.create(null);
    for (var at = 0; at < terms.length;) { // find_concepts: longest first
      var found = null;
      for (var length = Math.min(S.conceptWords, terms.length - at); length > 0 && found === null; length--) {
        var close = closestName(terms.slice(at, at + length).join(" "), S.threshold);
        if (close !== null) { found = [length, close[0], close[1]]; }
      }
      if (found === null) { at++; continue; }
      var words = terms.slice(at, at + found[0]);
      words.forEach(function (word) { covered[word] = 1; });
      this.concepts.push(new Concept(words, found[1], found[2]));
      at += found[0];
    }
    var wanted = Math.min(100, S.threshold + S.textMargin);
    this.free = terms.filter(function (word) { return !covered[word]; })
      .map(function (word) { return new WordScorer(word, wanted); });
  }
  Query.prototype.match = function (h) { // null, or whether only a broad reading matched
    var text = " " + texts[h] + " ", split = null, broad = false, p, c, w;
    function tokens() { return split || (split = texts[h].split(" ").filter(Boolean)); }
    for (p = 0; p < this.phrases.length; p++) { if (!has(text, " " + this.phrases[p] + " ")) { return null; } }
    for (c = 0; c < this.concepts.length; c++) {
      var found = this.concepts[c].match(text, h, tokens);
      if (found === null) { return null; }
      broad = broad || found[2];
    }
    for (w = 0; w < this.free.length; w++) {
      var scorer = this.free[w];
      if (!has(text, " " + scorer.word + " ") && scorer.match(tokens(), text) === null) { return null; }
    }
    return broad;
  };
  function searched(query) { // 1 for each event search finds, as search_events and limit_broad
    var wanted = new Query(query), found = new Uint8Array(count);
    if (wanted.empty) { return found.fill(1); }
    var broad = [], narrow = 0;
    for (var h = 0; h < count; h++) {
      var result = wanted.match(h);
      if (result === null) { continue; }
      found[h] = 1;
      if (result) { broad.push(h); } else { narrow++; }
    }
    if (narrow && broad.length > narrow) { broad.forEach(function (h) { found[h] = 0; }); } // left out
    return found;
  }
  var countSpots = document.querySelectorAll("[data-count]");
  function showCounts() {
    var said = (visible === count ? "" : visible + " of ") + count + " " + data.noun;
    shown.textContent = said;
    countSpots.forEach(function (spot) { spot.textContent = said; });
    chart.dataset.shown = visible;
  }
  function filter() {
    var found = searched(input.value);
    visible = 0;
    for (var j = 0; j < count; j++) {
      var ok = found[j] === 1;
      matched[j] = ok ? 1 : 0;
      if (lis[j].hidden === ok) { lis[j].hidden = !ok; }
      if (ok) { visible++; }
    }
    if (active >= 0 && !drawn(active)) { els[active].removeAttribute("tabindex"); active = -1; chart.tabIndex = 0; }
    layout();
    showCounts();
    chart.dataset.filtered = input.value; // what the chart shows now (for tests, and a reader's tools)
  }
  var queued = false;
  input.addEventListener("input", function () {
    if (queued) { return; }
    queued = true;
    requestAnimationFrame(function () { queued = false; filter(); });
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && input.value) { input.value = ""; filter(); }
    if (event.key === "Enter") { event.preventDefault(); active = -1; step(1); }
  });
  bandToggle.addEventListener("change", function () {
    if (active >= 0 && !drawn(active)) { els[active].removeAttribute("tabindex"); active = -1; chart.tabIndex = 0; }
    layout();
  });

  clampView();
  layout();
  showCounts();
  chart.dataset.drawn = count;
  if (location.hash) { fromFragment(fragmentId(), false); }
  var ready = window.ktimeline = { readyMs: performance.now() - t0, drawn: count, drawnAt: 0 };
  document.documentElement.dataset.ready = "1";
  // when the first frame with the chart is on screen, since the page was asked for
  requestAnimationFrame(function () { setTimeout(function () { ready.drawnAt = performance.now(); }, 0); });
}());
