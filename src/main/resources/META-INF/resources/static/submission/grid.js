/* The grids: keyboard navigation between typable cells, paste of a block from Excel, free rows added and removed. */

import { page, state } from './state.js';
import { noteEdit } from './draft.js';
import { addRow, renumber } from './rows.js';

function isCell(el) {
  return el && el.classList && el.classList.contains('cell');
}

function place(el) {
  var tr = el.closest('tr');
  var table = el.closest('table');
  return {
    table: table,
    row: Array.prototype.indexOf.call(table.tBodies[0].rows, tr),
    col: parseInt(el.dataset.col, 10)
  };
}

function cellAt(table, row, col) {
  var tr = table.tBodies[0].rows[row];
  return tr ? tr.querySelector('.cell[data-col="' + col + '"]') : null;
}

function columnCount(table) {
  var tr = table.tBodies[0].rows[0];
  return tr ? tr.querySelectorAll('[data-col]').length : 0;
}

/** The next typable cell from a place, stepping by (dr, dc); read-only rows and columns are skipped. */
function next(p, dr, dc) {
  var rows = p.table.tBodies[0].rows.length;
  var cols = columnCount(p.table);
  var r = p.row + dr;
  var c = p.col + dc;
  while (r >= 0 && r < rows && c >= 0 && c < cols) {
    var el = cellAt(p.table, r, c);
    if (el) {
      return el;
    }
    r += dr;
    c += dc;
  }
  return null;
}

function moveTo(el) {
  if (el) {
    el.focus();
    if (typeof el.select === 'function' && el.type === 'text') {
      el.select();
    }
  }
}

function caret(el) {
  try {
    return { start: el.selectionStart, end: el.selectionEnd, length: el.value.length };
  } catch (e) {
    return null; // date inputs have no caret
  }
}

function onKeydown(e) {
  var el = e.target;
  if (!isCell(el) || e.altKey || e.ctrlKey || e.metaKey) {
    return;
  }
  var p = place(el);
  var target = null;
  var c = el.tagName === 'INPUT' ? caret(el) : null;
  switch (e.key) {
    case 'Enter':
      target = next(p, e.shiftKey ? -1 : 1, 0);
      e.preventDefault(); // never submit the form from a cell
      break;
    case 'ArrowDown':
      if (el.tagName === 'INPUT' && el.type !== 'date') {
        target = next(p, 1, 0);
      }
      break;
    case 'ArrowUp':
      if (el.tagName === 'INPUT' && el.type !== 'date') {
        target = next(p, -1, 0);
      }
      break;
    case 'ArrowLeft':
      if (c && c.start === 0 && c.end === 0) {
        target = next(p, 0, -1);
      }
      break;
    case 'ArrowRight':
      if (c && c.start === c.length && c.end === c.length) {
        target = next(p, 0, 1);
      }
      break;
    default:
      return;
  }
  if (target) {
    e.preventDefault();
    moveTo(target);
  }
}

function toIsoDate(value) {
  var m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!m) {
    return value;
  }
  return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
}

function setCell(el, value) {
  if (el.tagName === 'SELECT') {
    var v = value.toLowerCase();
    el.value = ['có', 'co', 'x', 'true', '1', 'yes'].indexOf(v) >= 0 ? 'true'
      : ['không', 'khong', 'false', '0', 'no'].indexOf(v) >= 0 ? 'false' : '';
  } else if (el.type === 'date') {
    el.value = toIsoDate(value);
  } else {
    el.value = value;
  }
}

function onPaste(e) {
  var el = e.target;
  if (!isCell(el)) {
    return;
  }
  var data = (e.clipboardData || window.clipboardData).getData('text');
  if (!data || (data.indexOf('\t') < 0 && data.indexOf('\n') < 0)) {
    return; // one value: the browser pastes it
  }
  e.preventDefault();
  var lines = data.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  var p = place(el);
  var code = p.table.dataset.table;
  var free = !!document.getElementById('row-template-' + code);
  var last = null;
  lines.forEach(function (line, i) {
    while (free && !p.table.tBodies[0].rows[p.row + i]) {
      if (!addRow(code)) {
        return;
      }
    }
    line.split('\t').forEach(function (value, j) {
      var target = cellAt(p.table, p.row + i, p.col + j);
      if (target) {
        setCell(target, value.trim());
        state.changed[target.name] = true;
        last = target;
      }
    });
  });
  if (last) {
    noteEdit(null);
    last.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

function onClick(e) {
  var add = e.target.closest('.add-row');
  if (add) {
    var tr = addRow(add.dataset.table);
    if (tr) {
      moveTo(tr.querySelector('.cell'));
    }
    return;
  }
  var remove = e.target.closest('.remove-row');
  if (remove) {
    var table = remove.closest('table');
    remove.closest('tr').remove();
    renumber(table);
    noteEdit('table.' + table.dataset.table);
    table.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

export function initGrids() {
  page.form.addEventListener('keydown', onKeydown);
  page.form.addEventListener('paste', onPaste);
  page.form.addEventListener('click', onClick);
}
