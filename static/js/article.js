// Article page: jumping to a statement from the side panel (or a #s<id> link) focuses its
// highlight, so the speaker, cue and kind show, and marks it until another one is chosen.
(function () {
  "use strict";
  function focusStatement(id) {
    var mark = document.getElementById("s" + id);
    if (!mark) return;
    document.querySelectorAll("mark.stmt.is-target").forEach(function (m) {
      m.classList.remove("is-target");
    });
    mark.classList.add("is-target");
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.jump[data-statement]");
    if (!link) return;
    event.preventDefault();
    history.replaceState(null, "", "#s" + link.dataset.statement);
    focusStatement(link.dataset.statement);
  });
  document.addEventListener("DOMContentLoaded", function () {
    var match = /^#s(\d+)$/.exec(window.location.hash);
    if (match) focusStatement(match[1]);
  });
})();
