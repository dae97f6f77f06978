// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-autofocus]');
  if (summary) { summary.focus(); }
});
