/* The rows of free tables: added from the row template, numbered again after a change. */

import { setStatus, state, page } from './state.js';

export function renumber(table) {
  Array.prototype.forEach.call(table.tBodies[0].rows, function (tr, i) {
    var stt = tr.querySelector('.stt');
    if (stt) {
      stt.textContent = String(i + 1);
    }
  });
}

/** Adds a row to a free table; null when the table is full. */
export function addRow(code) {
  var table = document.getElementById('table-' + code);
  var template = document.getElementById('row-template-' + code);
  if (!table || !template) {
    return null;
  }
  var body = table.tBodies[0];
  var max = table.dataset.maxRows ? parseInt(table.dataset.maxRows, 10) : Infinity;
  if (body.rows.length >= max) {
    setStatus(page.text.msgMaxRows, 'error');
    return null;
  }
  var key = 1;
  Array.prototype.forEach.call(body.rows, function (tr) {
    var k = parseInt(tr.dataset.key, 10);
    if (!isNaN(k) && k >= key) {
      key = k + 1;
    }
  });
  body.insertAdjacentHTML('beforeend', template.innerHTML.split('__KEY__').join(String(key)));
  renumber(table);
  state.changed['table.' + code] = true;
  return body.rows[body.rows.length - 1];
}

/** A cell of a free-table row that the draft has and the page has not: add the row. */
export function ensureFreeRow(name) {
  var form = page.form;
  var m = /^cell\.(.+)\.([0-9]+)\.[^.]+$/.exec(name);
  if (!m || !document.getElementById('row-template-' + m[1])) {
    return null;
  }
  while (!form.elements.namedItem(name)) {
    if (!addRow(m[1])) {
      return null;
    }
  }
  return form.elements.namedItem(name);
}
