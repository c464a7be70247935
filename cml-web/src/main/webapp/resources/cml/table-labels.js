// On a narrow screen the site's tables become stacked rows (cml.css); each cell is then named by its
// column's heading, which this copies into the cell's data-label. Without it the rows still read in order.
(function () {
  'use strict';
  document.querySelectorAll('table.govuk-table').forEach(function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (headings[i] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', headings[i]);
        }
      });
    });
  });
})();
