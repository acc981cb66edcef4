// Discrepancy queue: "tick all" and a running count of ticked rows.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var all = document.getElementById("check-all");
    var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="relations"]'));
    var count = document.getElementById("bulk-count");
    function update() {
      var ticked = boxes.filter(function (b) { return b.checked; }).length;
      if (count) count.textContent = ticked ? ticked + " ticked" : "";
      if (all) {
        all.checked = ticked === boxes.length && ticked > 0;
        all.indeterminate = ticked > 0 && ticked < boxes.length;
      }
    }
    if (all) {
      all.addEventListener("change", function () {
        boxes.forEach(function (b) { b.checked = all.checked; });
        update();
      });
    }
    boxes.forEach(function (b) { b.addEventListener("change", update); });
    update();
  });
})();
