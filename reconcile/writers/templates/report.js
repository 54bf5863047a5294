(function () {
  "use strict";
  var errors = document.getElementById("js-errors");
  window.addEventListener("error", function (ev) {
    errors.hidden = false;
    errors.textContent += (ev.message || String(ev.error || "error")) + "\n";
  });
  var selects = Array.from(document.querySelectorAll("select[data-filter]"));
  var tables = Array.from(document.querySelectorAll("table[data-filterable]"));
  function matches(row) {
    return selects.every(function (s) {
      return !s.value || row.dataset[s.dataset.filter] === s.value;
    });
  }
  function apply() {
    tables.forEach(function (table) {
      var shown = 0;
      table.querySelectorAll(".item").forEach(function (item) {
        var ok = matches(item);
        item.hidden = !ok;
        if (ok) { shown += 1; }
      });
      document.querySelectorAll("output[data-count-for='" + table.id + "']").forEach(function (out) {
        out.textContent = String(shown);
      });
    });
  }
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    selects.forEach(function (s) {
      var want = params.get(s.dataset.filter) || "";
      var known = Array.from(s.options).some(function (o) { return o.value === want; });
      s.value = known ? want : "";
    });
    apply();
  }
  function writeHash() {
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) { params.set(s.dataset.filter, s.value); } });
    var hash = params.toString();
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse replaceState on file:// pages; the filter still applies.
    }
  }
  selects.forEach(function (s) {
    s.addEventListener("change", function () { writeHash(); apply(); });
  });
  window.addEventListener("hashchange", readHash);
  readHash();
})();
