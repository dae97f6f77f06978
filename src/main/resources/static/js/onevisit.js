// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-autofocus]');
  if (summary) { summary.focus(); }
});
// The guide's print button: shown only when script runs (otherwise the page says to use the browser's Print).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
});
