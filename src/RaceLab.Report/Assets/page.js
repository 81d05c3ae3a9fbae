// RaceLab pages: zoom and pan for timelines, stories on click, folded swimlane rows. No network, no libraries.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function ticks(startMs, endMs, target) {
    var raw = Math.max(endMs - startMs, 1e-9) / target;
    var mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * mag; }).find(function (s) { return s >= raw; });
    var decimals = Math.max(0, -Math.floor(Math.log10(step)));
    var out = [];
    for (var ms = Math.ceil(startMs / step) * step; ms <= endMs + step * 1e-9; ms += step) {
      out.push([ms, ms.toFixed(decimals)]);
    }
    return out;
  }

  function setupTimeline(svg) {
    var left = parseFloat(svg.dataset.left);
    var plotWidth = parseFloat(svg.dataset.plotWidth);
    var endMs = parseFloat(svg.dataset.endSeconds) * 1000;
    var content = svg.querySelector(".zoom-content");
    var axis = svg.querySelector(".axis");
    var bottom = parseFloat(svg.querySelector("clipPath rect").getAttribute("height"));
    var view = { k: 1, tx: 0 };

    function apply() {
      view.k = Math.max(1, Math.min(view.k, 5000));
      view.tx = Math.min(0, Math.max(view.tx, plotWidth - plotWidth * view.k));
      content.setAttribute("transform", "translate(" + (left + view.tx) + ",0) scale(" + view.k + ",1) translate(" + (-left) + ",0)");
      var label = axis.querySelector(".axis-label");
      while (axis.lastChild) { axis.removeChild(axis.lastChild); }
      axis.appendChild(label);
      var startMs = -view.tx / (plotWidth * view.k) * endMs;
      var spanMs = endMs / view.k;
      ticks(startMs, startMs + spanMs, 10).forEach(function (t) {
        var x = left + (t[0] - startMs) / spanMs * plotWidth;
        var line = document.createElementNS(SVG, "line");
        line.setAttribute("x1", x); line.setAttribute("x2", x); line.setAttribute("y1", 18); line.setAttribute("y2", bottom);
        line.setAttribute("class", "grid");
        var text = document.createElementNS(SVG, "text");
        text.setAttribute("x", x); text.setAttribute("y", 14); text.setAttribute("class", "tick"); text.setAttribute("text-anchor", "middle");
        text.textContent = t[1];
        axis.appendChild(line); axis.appendChild(text);
      });
    }

    function plotX(event) {
      var box = svg.getBoundingClientRect();
      var scale = box.width / svg.viewBox.baseVal.width;
      return (event.clientX - box.left) / scale - left;
    }

    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var x = plotX(event);
      var factor = event.deltaY < 0 ? 1.25 : 0.8;
      var old = view.k;
      view.k = Math.max(1, Math.min(old * factor, 5000));
      view.tx = x - (x - view.tx) * (view.k / old);
      apply();
    }, { passive: false });

    var drag = null;
    svg.addEventListener("pointerdown", function (event) {
      if (event.target.classList.contains("lost-link")) { return; }
      drag = { x: event.clientX, tx: view.tx };
      svg.classList.add("panning");
    });
    window.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      var box = svg.getBoundingClientRect();
      view.tx = drag.tx + (event.clientX - drag.x) * svg.viewBox.baseVal.width / box.width;
      apply();
    });
    window.addEventListener("pointerup", function () { drag = null; svg.classList.remove("panning"); });
    svg.addEventListener("dblclick", function () { view = { k: 1, tx: 0 }; apply(); });

    var figure = svg.closest(".timeline-block");
    if (figure) {
      figure.querySelectorAll("button[data-zoom]").forEach(function (button) {
        button.addEventListener("click", function () {
          var z = button.dataset.zoom;
          if (z === "reset") { view = { k: 1, tx: 0 }; } else {
            var center = plotWidth / 2, old = view.k;
            view.k = old * parseFloat(z);
            view.tx = center - (center - view.tx) * (view.k / Math.max(1, old));
          }
          apply();
        });
      });
      var story = figure.querySelector(".story");
      svg.querySelectorAll(".lost-link").forEach(function (link) {
        function show() {
          svg.querySelectorAll(".lost-link.selected").forEach(function (l) { l.classList.remove("selected"); });
          link.classList.add("selected");
          if (story) { story.textContent = link.querySelector("title").textContent; }
        }
        link.addEventListener("click", show);
        link.addEventListener("keydown", function (event) { if (event.key === "Enter") { show(); } });
      });
    }
  }

  function setupFolds() {
    document.querySelectorAll("tr.fold-toggle").forEach(function (toggle) {
      toggle.addEventListener("click", function () {
        var group = toggle.dataset.fold;
        document.querySelectorAll("tr.folded[data-fold='" + group + "'], tr.unfolded[data-fold='" + group + "']").forEach(function (row) {
          row.classList.toggle("folded");
          row.classList.toggle("unfolded");
        });
      });
    });
  }

  document.querySelectorAll("svg.timeline").forEach(setupTimeline);
  setupFolds();
})();
