// Ties each GOV.UK error message (id "FIELD-error", written by GovukErrorMessage or a page) to its field:
// the field (or the fieldset of a group of radios or checkboxes) is described by it, and the field and its
// form group get GOV.UK's error classes, as the Design System's error message pattern asks.
(function () {
  'use strict';
  var errorClass = { TEXTAREA: 'govuk-textarea--error', SELECT: 'govuk-select--error', INPUT: 'govuk-input--error' };
  document.querySelectorAll('.govuk-error-message[id$="-error"]').forEach(function (error) {
    var group = error.closest('.govuk-form-group');
    if (group) {
      group.classList.add('govuk-form-group--error');
    }
    var fieldset = error.closest('fieldset');
    var field = fieldset || document.getElementById(error.id.slice(0, -'-error'.length));
    if (!field) {
      return;
    }
    var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (described.indexOf(error.id) < 0) {
      described.push(error.id);
      field.setAttribute('aria-describedby', described.join(' '));
    }
    if (field.classList.contains('govuk-file-upload')) {
      field.classList.add('govuk-file-upload--error');
    } else if (errorClass[field.tagName] && field.type !== 'radio' && field.type !== 'checkbox') {
      field.classList.add(errorClass[field.tagName]);
    }
  });
}());
