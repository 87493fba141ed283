// Progressive enhancement of the rating forms on a report's page (web/me/task-forms.tsx): as the two
// ratings are chosen, the predikat they will give is shown at once. The texts are the server's own (every
// combination rendered by domain/appraisal/explanations.ts into the form's data-previews), so no rule is
// written here; without this script the form's "preview" button asks the server for the same text.
/* global document */
'use strict';
document.querySelectorAll('form[data-previews]').forEach(function (form) {
  var previews = JSON.parse(form.getAttribute('data-previews'));
  var out = form.querySelector('[data-live-preview]');
  if (!out) return;
  function chosen(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }
  form.addEventListener('change', function () {
    var hk = chosen('hasilKerja');
    var pk = chosen('perilakuKerja');
    var key = hk + '|' + pk;
    if (!hk || !pk || !Object.prototype.hasOwnProperty.call(previews, key)) return;
    var lines = previews[key];
    out.textContent = '';
    lines.forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      out.appendChild(p);
    });
    out.className = 'notice';
  });
});
