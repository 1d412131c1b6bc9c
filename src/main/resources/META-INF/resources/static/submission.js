/*
 * The report form (SubmissionPage/form.html): rich text editors, grid keyboard navigation and paste from Excel,
 * free-table rows, autosave through htmx with retry, a copy of unsaved input in localStorage (by report and version,
 * restored after a new login when the session ended), a keep-alive ping, and the answer to somebody else's save.
 * Without this script (or without TinyMCE) the page still works as a plain form.
 */
(function () {
  'use strict';

  var root = document.getElementById('submission');
  var form = document.getElementById('submission-form');
  if (!root || !form || root.dataset.editable !== 'true' || !window.htmx) {
    return;
  }
  var text = root.dataset;
  // one copy per report and version: tonghop.draft.<campaign>/<unit>@<version>
  var draftPrefix = 'tonghop.draft.' + root.dataset.campaign + '/' + root.dataset.unit + '@';
  var legacyKey = 'tonghop.draft.' + root.dataset.campaign + '.' + root.dataset.unit;
  var autosaveUrl = form.getAttribute('hx-post');

  var edits = 0;          // bumped on every edit
  var editsSent = 0;      // edits carried by the save in flight
  var dirty = false;      // edits not yet confirmed saved
  var changed = {};       // names of the fields edited since the last confirmed save: all a local copy restores
  var conflict = false;   // someone else saved: stop saving over it
  var inFlight = false;
  var retryDelay = 0;
  var retryTimer = null;
  var pendingSubmitter = null;
  var pendingUpload = false; // the Excel upload waits for the save of what was just typed
  var sessionEnded = false;
  var revealed = {};      // ids of the cells and sections the user has left: only these are marked
  var upload = document.getElementById('workbook-form');

  // Answers with a fragment to show: refused values, conflict, locked report.
  htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '^(403|404|409|422)$', swap: true, error: false },
    { code: '[45]..', swap: false, error: true }
  ];

  function setStatus(message, kind) {
    var el = document.getElementById('save-status');
    if (el) {
      el.textContent = message;
      el.dataset.kind = kind;
      el.className = 'save-status small status-' + kind;
    }
  }

  function currentVersion() {
    var v = document.getElementById('version');
    return v ? v.value : '';
  }

  // ---- edits, the local copy and periodic saving ----

  function noteEdit(name) {
    if (name) {
      changed[name] = true;
    }
    edits++;
    dirty = true;
    if (!conflict && !inFlight && !retryTimer) {
      setStatus(text.msgUnsaved, 'dirty');
    }
    storeDraftSoon();
  }

  function syncEditors() {
    if (window.tinymce) {
      window.tinymce.triggerSave();
    }
  }

  function snapshot() {
    syncEditors();
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== 'version' && typeof value === 'string') {
        fields[name] = value;
      }
    });
    return fields;
  }

  /** The edited fields only, so that restoring them never puts back what someone else has changed since. */
  function editedFields() {
    var all = snapshot();
    var tables = Object.keys(changed).filter(function (n) { return n.indexOf('table.') === 0; })
      .map(function (n) { return 'cell.' + n.substring(6) + '.'; });
    var out = {};
    Object.keys(all).forEach(function (name) {
      if (changed[name] || tables.some(function (prefix) { return name.indexOf(prefix) === 0; })) {
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
    var keys = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && (k.indexOf(draftPrefix) === 0 || k === legacyKey)) {
          keys.push(k);
        }
      }
    } catch (e) {
      // storage disabled
    }
    return keys;
  }

  /** Keeps the edited fields under this report and version; why: 'session' (it ended) or 'post' (a form post). */
  function storeDraft(why) {
    clearTimeout(draftTimer);
    var previous = readDraft();
    var reason = why || (previous && previous.reason) || null;
    try {
      var key = draftPrefix + currentVersion();
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

  function clearDraft() {
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

  function offerRestore() {
    var draft = readDraft();
    if (!draft || !draft.fields) {
      return;
    }
    if (root.dataset.justSaved === 'true') {
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
    applyDraft(fields);
    Object.keys(fields).forEach(function (name) {
      var el = form.elements.namedItem(name);
      if (el && el.id) {
        revealed[el.id] = true;
      }
    });
    noteEdit(null);
    form.dispatchEvent(new Event('change', { bubbles: true }));
    var grids = form.querySelectorAll('.grid-wrap');
    grids.forEach(function (g) { g.dispatchEvent(new Event('change', { bubbles: true })); });
  }

  function applyDraft(fields) {
    Object.keys(fields).forEach(function (name) {
      changed[name] = true;
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

  /** A cell of a free-table row that the draft has and the page has not: add the row. */
  function ensureFreeRow(name) {
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

  form.addEventListener('input', function (e) {
    noteEdit(e.target.name);
  });
  form.addEventListener('change', function (e) {
    if (e.target !== form) {
      noteEdit(e.target.name);
    }
  });
  form.addEventListener('focusout', function (e) {
    if (e.target && e.target.id) {
      revealed[e.target.id] = true;
      setTimeout(applyIssues, 0);
    }
  });
  window.addEventListener('beforeunload', function () {
    if (dirty) {
      storeDraft();
    }
  });
  setInterval(function () {
    if (dirty && !conflict && !inFlight && !retryTimer) {
      htmx.trigger(form, 'autosave');
    }
  }, 20000);
  // Keeps the session alive while the form is open (the server refreshes the tokens); an ended one is told at once.
  setInterval(function () {
    if (!window.fetch || sessionEnded) {
      return;
    }
    fetch('/session/ping', { credentials: 'same-origin', cache: 'no-store', headers: { 'X-Requested-With': 'JavaScript' } })
      .then(function (r) {
        if (r.status === 401 || r.status === 499) {
          sessionLost();
        }
      })
      .catch(function () { /* offline: the autosave retries */ });
  }, 4 * 60 * 1000);

  function sessionLost() {
    sessionEnded = true;
    storeDraft('session');
    setStatus(text.msgSession, 'error');
    document.getElementById('session-lost').classList.remove('d-none');
  }

  window.addEventListener('online', function () {
    if (retryTimer) {
      clearTimeout(retryTimer);
      retryTimer = null;
      htmx.trigger(form, 'autosave');
    }
  });

  // ---- htmx requests: autosave (the form) and recomputation (the grids) ----

  document.body.addEventListener('htmx:confirm', function (e) {
    if (e.detail.elt === form && conflict) {
      e.preventDefault();
      return;
    }
    syncEditors(); // before htmx reads the form
  });

  document.body.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-Requested-With'] = 'JavaScript'; // an expired session answers 499, not a login redirect
    if (e.detail.elt === form) {
      e.detail.path = autosaveUrl; // never a submit button's formaction
      editsSent = edits;
      inFlight = true;
      setStatus(text.msgSaving, 'saving');
    }
  });

  // a busy server (503) names its pause in Retry-After: wait at least that long, then back off further
  function retry(retryAfterSeconds) {
    setStatus(text.msgOffline, 'offline');
    retryDelay = Math.min(retryDelay ? retryDelay * 2 : 2000, 60000);
    if (retryAfterSeconds > 0) {
      retryDelay = Math.max(retryDelay, retryAfterSeconds * 1000 + Math.floor(Math.random() * 1000));
    }
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () {
      retryTimer = null;
      htmx.trigger(form, 'autosave');
    }, retryDelay);
  }

  function requestDone() {
    inFlight = false;
    if (pendingUpload && upload) {
      pendingUpload = false;
      if (!dirty && !conflict && !sessionEnded) {
        upload.requestSubmit();
      }
      return;
    }
    if (pendingSubmitter) {
      var submitter = pendingSubmitter;
      pendingSubmitter = null;
      form.requestSubmit(submitter);
    }
  }

  document.body.addEventListener('htmx:afterRequest', function (e) {
    setTimeout(applyIssues, 0);
    if (e.detail.elt !== form) {
      return;
    }
    var status = e.detail.xhr ? e.detail.xhr.status : 0;
    if (status === 0) {
      return; // sendError or timeout handle it
    }
    if (status === 200) {
      retryDelay = 0;
      root.dataset.version = currentVersion();
      ['copy-forward-version', 'workbook-version'].forEach(function (id) {
        var el = document.getElementById(id);
        if (el) {
          el.value = currentVersion();
        }
      });
      var saved = document.getElementById('save-status');
      var refused = ((saved && saved.dataset.refused) || '').split(' ').filter(Boolean);
      if (edits === editsSent) {
        dirty = false;
        changed = {};
        // cells that could not be stored stay as typed on the page and in the copy kept on this computer
        refused.forEach(function (name) { changed[name] = true; });
        if (refused.length) {
          storeDraft();
        } else {
          clearDraft();
        }
      }
    } else if (status === 409) {
      conflict = true;
      pendingUpload = false;
      storeDraft();
    } else if (status === 401 || status === 499) {
      pendingUpload = false;
      sessionLost();
    } else if (status >= 500) {
      retry(parseInt(e.detail.xhr.getResponseHeader('Retry-After') || '0', 10));
    } else if (status !== 422 && status !== 403 && status !== 404) {
      setStatus(text.msgError, 'error');
    }
    requestDone();
  });

  ['htmx:sendError', 'htmx:timeout'].forEach(function (name) {
    document.body.addEventListener(name, function (e) {
      if (e.detail.elt === form) {
        retry();
        requestDone();
      }
    });
  });

  document.body.addEventListener('htmx:oobAfterSwap', function (e) {
    if (e.detail.target && e.detail.target.id === 'issues') {
      applyIssues();
    }
  });

  // A hand save or submission waits for the autosave in flight, so that it carries the version just saved.
  form.addEventListener('submit', function (e) {
    if (inFlight) {
      e.preventDefault();
      pendingSubmitter = e.submitter || null;
      return;
    }
    syncEditors();
    clearTimeout(retryTimer);
    retryTimer = null;
    if (dirty) {
      storeDraft('post');
    }
  });

  // The Excel upload carries the version just saved; typing not yet saved is saved first.
  if (upload) {
    upload.addEventListener('submit', function (e) {
      if (inFlight || dirty) {
        e.preventDefault();
        pendingUpload = true;
        setStatus(text.msgBeforeUpload, 'saving');
        if (!inFlight) {
          htmx.trigger(form, 'autosave');
        }
        return;
      }
      document.getElementById('workbook-version').value = currentVersion();
    });
  }

  // "Giữ bản của tôi": save the page over the version somebody else saved.
  document.addEventListener('click', function (e) {
    var keep = e.target.closest ? e.target.closest('button#conflict-keep-mine') : null;
    if (!keep) {
      return;
    }
    e.preventDefault();
    var panel = document.getElementById('conflict');
    if (panel && panel.dataset.version) {
      document.getElementById('version').value = panel.dataset.version;
    }
    if (panel) {
      panel.className = '';
      panel.innerHTML = '';
    }
    conflict = false;
    edits++;
    dirty = true;
    htmx.trigger(form, 'autosave');
  });

  // ---- issues: mark the cells, rows and sections they name ----

  /** Whether the user has left this element, or one inside it (a row, a table), since the page opened. */
  function isRevealed(el) {
    if (revealed[el.id]) {
      return true;
    }
    return Object.keys(revealed).some(function (id) {
      var inner = document.getElementById(id);
      return inner && el.contains(inner);
    });
  }

  /**
   * Marks what the issues name, and writes each issue's message under its first cell or section: only once the user
   * has left one of its cells (or the page came marked from a save), never over a form just opened.
   */
  function applyIssues() {
    form.querySelectorAll('.is-invalid, .is-warning').forEach(function (el) {
      el.classList.remove('is-invalid', 'is-warning');
      el.removeAttribute('title');
    });
    form.querySelectorAll('.invalid-feedback, .cell-feedback').forEach(function (el) {
      el.textContent = '';
      el.classList.remove('warning');
    });
    document.querySelectorAll('#issue-list li[data-targets]').forEach(function (li) {
      var warning = li.dataset.severity === 'warning';
      var targets = li.dataset.targets.split(' ').filter(Boolean).map(function (id) {
        return document.getElementById(id);
      }).filter(Boolean);
      if (!targets.some(isRevealed)) {
        return;
      }
      targets.forEach(function (el, n) {
        if (!warning) {
          el.classList.remove('is-warning');
          el.classList.add('is-invalid');
        } else if (!el.classList.contains('is-invalid')) {
          el.classList.add('is-warning');
        }
        var feedback = n === 0 ? document.getElementById(el.id + '-feedback') : null;
        if (feedback && (!warning || feedback.classList.contains('cell-feedback'))) {
          var first = !feedback.textContent;
          feedback.textContent = first ? li.dataset.message : feedback.textContent + ' ' + li.dataset.message;
          feedback.classList.toggle('warning', warning && (first || feedback.classList.contains('warning')));
        }
      });
    });
  }

  // An issue's link takes the cursor to its cell or editor.
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a.issue-link') : null;
    if (!link) {
      return;
    }
    var target = document.getElementById(link.getAttribute('href').substring(1));
    if (!target) {
      return;
    }
    e.preventDefault();
    target.scrollIntoView({ block: 'center' });
    var editor = window.tinymce && target.classList.contains('section-editor')
      ? window.tinymce.get('editor-' + target.id.substring('section-'.length)) : null;
    if (editor) {
      editor.focus();
    } else if (typeof target.focus === 'function') {
      target.focus();
    }
  });

  // ---- grids: keyboard navigation, paste from Excel, free rows ----

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

  form.addEventListener('keydown', function (e) {
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
  });

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

  form.addEventListener('paste', function (e) {
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
          changed[target.name] = true;
          last = target;
        }
      });
    });
    if (last) {
      noteEdit(null);
      last.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });

  function renumber(table) {
    Array.prototype.forEach.call(table.tBodies[0].rows, function (tr, i) {
      var stt = tr.querySelector('.stt');
      if (stt) {
        stt.textContent = String(i + 1);
      }
    });
  }

  /** Adds a row to a free table; null when the table is full. */
  function addRow(code) {
    var table = document.getElementById('table-' + code);
    var template = document.getElementById('row-template-' + code);
    if (!table || !template) {
      return null;
    }
    var body = table.tBodies[0];
    var max = table.dataset.maxRows ? parseInt(table.dataset.maxRows, 10) : Infinity;
    if (body.rows.length >= max) {
      setStatus(text.msgMaxRows, 'error');
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
    changed['table.' + code] = true;
    return body.rows[body.rows.length - 1];
  }

  form.addEventListener('click', function (e) {
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
  });

  // ---- rich text: TinyMCE writes back into the textarea, which stays the form field ----

  function initEditors() {
    if (!window.tinymce || !form.querySelector('textarea.rich-text')) {
      return;
    }
    window.tinymce.init({
      selector: '#submission-form textarea.rich-text',
      base_url: '/webjars/tinymce/6.8.3',
      suffix: '.min',
      promotion: false,
      branding: false,
      // the page's language: Vietnamese unless the user chose English
      language: document.documentElement.lang === 'vi' ? 'vi' : 'en',
      language_url: document.documentElement.lang === 'vi' ? '/static/tinymce-vi.js' : undefined,
      menubar: false,
      elementpath: false,
      plugins: 'lists table',
      toolbar: 'undo redo | bold italic underline | bullist numlist | table',
      // what the server keeps (NarrativeSanitizer): no styles, classes or links
      valid_elements: 'p,br,b,strong,i,em,u,ul,ol,li,table,thead,tbody,tr,th[colspan|rowspan],td[colspan|rowspan]',
      table_default_attributes: {},
      table_default_styles: {},
      min_height: 220,
      setup: function (editor) {
        editor.on('input undo redo', function () {
          editor.save();
          noteEdit(editor.getElement().name);
        });
        editor.on('blur', function () {
          revealed['section-' + editor.getElement().name.substring('section.'.length)] = true;
          setTimeout(applyIssues, 0);
        });
        editor.on('change', function () {
          editor.save();
          editor.getElement().dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    });
  }

  form.querySelectorAll('.is-invalid, .is-warning').forEach(function (el) {
    if (el.id) {
      revealed[el.id] = true;
    }
  });
  applyIssues();
  offerRestore();
  initEditors();
}());
