/*
 * Edits and the copy of unsaved input kept in localStorage, by report and version (tonghop.draft.<campaign>/<unit>
 * @<version>): kept as the user types, offered back when the page opens again, and put back at once after a new login
 * when the session ended during a save.
 */

import { currentVersion, page, setStatus, state, syncEditors } from './state.js';
import { ensureFreeRow } from './rows.js';

function draftPrefix() {
  return 'tonghop.draft.' + page.root.dataset.campaign + '/' + page.root.dataset.unit + '@';
}

function legacyKey() {
  return 'tonghop.draft.' + page.root.dataset.campaign + '.' + page.root.dataset.unit;
}

/** Counts an edit of the field named (of a whole table for table.<code>), and keeps the copy soon. */
export function noteEdit(name) {
  if (name) {
    state.changed[name] = true;
  }
  state.edits++;
  state.dirty = true;
  if (!state.conflict && !state.inFlight && !state.retryTimer) {
    setStatus(page.text.msgUnsaved, 'dirty');
  }
  storeDraftSoon();
}

function snapshot() {
  syncEditors();
  var fields = {};
  new FormData(page.form).forEach(function (value, name) {
    if (name !== 'version' && typeof value === 'string') {
      fields[name] = value;
    }
  });
  return fields;
}

/** The edited fields only, so that restoring them never puts back what someone else has changed since. */
function editedFields() {
  var all = snapshot();
  var tables = Object.keys(state.changed).filter(function (n) { return n.indexOf('table.') === 0; })
    .map(function (n) { return 'cell.' + n.substring(6) + '.'; });
  var out = {};
  Object.keys(all).forEach(function (name) {
    if (state.changed[name] || tables.some(function (prefix) { return name.indexOf(prefix) === 0; })) {
      out[name] = all[name];
    }
  });
  return out;
}

var draftTimer = null;
function storeDraftSoon() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(storeDraft, 400);
}

function draftKeys() {
  var prefix = draftPrefix();
  var legacy = legacyKey();
  var keys = [];
  try {
    for (var i = 0; i < localStorage.length; i++) {
      var k = localStorage.key(i);
      if (k && (k.indexOf(prefix) === 0 || k === legacy)) {
        keys.push(k);
      }
    }
  } catch (e) {
    // storage disabled
  }
  return keys;
}

/** Keeps the edited fields under this report and version; why: 'session' (it ended) or 'post' (a form post). */
export function storeDraft(why) {
  clearTimeout(draftTimer);
  var previous = readDraft();
  var reason = why || (previous && previous.reason) || null;
  try {
    var key = draftPrefix() + currentVersion();
    draftKeys().forEach(function (k) {
      if (k !== key) {
        localStorage.removeItem(k);
      }
    });
    localStorage.setItem(key, JSON.stringify({
      version: currentVersion(), at: new Date().toISOString(), fields: editedFields(), reason: reason
    }));
  } catch (e) {
    // storage full or disabled: autosave still runs
  }
}

export function clearDraft() {
  clearTimeout(draftTimer);
  try {
    draftKeys().forEach(function (k) { localStorage.removeItem(k); });
  } catch (e) {
    // nothing kept
  }
}

function readDraft() {
  var best = null;
  draftKeys().forEach(function (k) {
    try {
      var d = JSON.parse(localStorage.getItem(k) || 'null');
      if (d && d.fields && (!best || String(d.at) > String(best.at))) {
        best = d;
      }
    } catch (e) {
      // an unreadable copy is ignored
    }
  });
  return best;
}

function norm(v) {
  return String(v == null ? '' : v).replace(/\s+/g, ' ').trim();
}

/** Offers the copy kept on this computer when it differs from the page, or puts it back after an ended session. */
export function offerRestore() {
  var text = page.text;
  var draft = readDraft();
  if (!draft || !draft.fields) {
    return;
  }
  if (page.root.dataset.justSaved === 'true') {
    clearDraft();
    return;
  }
  var current = snapshot();
  var differs = Object.keys(draft.fields).some(function (k) {
    return norm(draft.fields[k]) !== norm(current[k]);
  });
  if (!differs) {
    clearDraft();
    return;
  }
  var banner = document.getElementById('restore-draft');
  var when = new Date(draft.at);
  var label = isNaN(when) ? '' : when.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }) + ' '
    + when.toLocaleDateString('vi-VN');
  if ((draft.reason === 'session' || draft.reason === 'post') && draft.version === currentVersion()) {
    // the save met an ended session and nobody has saved since: put the input back and save it
    restore(draft.fields);
    var notice = document.getElementById('restored-notice');
    notice.textContent = text.msgRestored.replace('%TIME%', label);
    notice.classList.remove('d-none');
    return;
  }
  var message = text.msgRestore.replace('%TIME%', label);
  if (draft.version && draft.version !== currentVersion()) {
    message += ' ' + text.msgRestoreOlder.replace('%FROM%', draft.version).replace('%TO%', currentVersion());
  }
  document.getElementById('restore-draft-text').textContent = message;
  banner.classList.remove('d-none');
  document.getElementById('restore-draft-yes').addEventListener('click', function () {
    restore(draft.fields);
    banner.classList.add('d-none');
  });
  document.getElementById('restore-draft-no').addEventListener('click', function () {
    clearDraft();
    banner.classList.add('d-none');
  });
}

/** Puts a kept copy back into the form; the change that follows saves it and recomputes the grids. */
function restore(fields) {
  var form = page.form;
  applyDraft(fields);
  Object.keys(fields).forEach(function (name) {
    var el = form.elements.namedItem(name);
    if (el && el.id) {
      state.revealed[el.id] = true;
    }
  });
  noteEdit(null);
  form.dispatchEvent(new Event('change', { bubbles: true }));
  var grids = form.querySelectorAll('.grid-wrap');
  grids.forEach(function (g) { g.dispatchEvent(new Event('change', { bubbles: true })); });
}

function applyDraft(fields) {
  var form = page.form;
  Object.keys(fields).forEach(function (name) {
    state.changed[name] = true;
    var el = form.elements.namedItem(name) || ensureFreeRow(name);
    if (!el || el instanceof RadioNodeList) {
      return;
    }
    if (el.classList.contains('rich-text') && window.tinymce && window.tinymce.get(el.id)) {
      window.tinymce.get(el.id).setContent(fields[name]);
      window.tinymce.get(el.id).save();
    } else {
      el.value = fields[name];
    }
  });
}

/** Counts what is typed or changed in the form, and keeps the copy when the page is left unsaved. */
export function watchEdits() {
  var form = page.form;
  form.addEventListener('input', function (e) {
    noteEdit(e.target.name);
  });
  form.addEventListener('change', function (e) {
    if (e.target !== form) {
      noteEdit(e.target.name);
    }
  });
  window.addEventListener('beforeunload', function () {
    if (state.dirty) {
      storeDraft();
    }
  });
}
