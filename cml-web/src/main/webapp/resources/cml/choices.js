// Faces writes a group of checkboxes or radios (h:selectManyCheckbox, h:selectOneRadio) as a table of small
// native controls. Marked cml-checkboxes or cml-radios, the table becomes the GOV.UK Design System's
// checkboxes or radios: the same inputs (names, ids, values, what is ticked), each with its label, so the
// form posts as before; without scripts the table still works.
(function () {
  'use strict';
  document.querySelectorAll('table.cml-checkboxes, table.cml-radios').forEach(function (table) {
    var kind = table.classList.contains('cml-radios') ? 'govuk-radios' : 'govuk-checkboxes';
    var group = document.createElement('div');
    group.className = kind + ' ' + kind + '--small';
    group.id = table.id;
    table.querySelectorAll('input').forEach(function (input) {
      var item = document.createElement('div');
      item.className = kind + '__item';
      var label = input.id ? table.querySelector('label[for="' + CSS.escape(input.id) + '"]') : null;
      input.classList.add(kind + '__input');
      item.appendChild(input);
      if (label) {
        label.classList.add('govuk-label', kind + '__label');
        item.appendChild(label);
      }
      group.appendChild(item);
    });
    table.replaceWith(group);
  });
}());
