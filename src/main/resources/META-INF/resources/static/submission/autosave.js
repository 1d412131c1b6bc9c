/*
 * Autosave through htmx: the form is posted every 20 s while edited, retried with back-off when offline or busy, never
 * over somebody else's save (409) until the user keeps theirs; a hand save or submission waits for the save in flight.
 * A keep-alive ping holds the session while the form is open, and an ended session is told at once.
 */

import { currentVersion, page, setStatus, state, syncEditors } from './state.js';
import { clearDraft, storeDraft } from './draft.js';
import { applyIssues } from './issues.js';
import { uploadAfterSave } from './upload.js';

/** Answers with a fragment to show: refused values, conflict, locked report. */
export function configureHtmx() {
  htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '^(403|404|409|422)$', swap: true, error: false },
    { code: '[45]..', swap: false, error: true }
  ];
}

function autosave() {
  htmx.trigger(page.form, 'autosave');
}

function sessionLost() {
  state.sessionEnded = true;
  storeDraft('session');
  setStatus(page.text.msgSession, 'error');
  document.getElementById('session-lost').classList.remove('d-none');
}

// a busy server (503) names its pause in Retry-After: wait at least that long, then back off further
function retry(retryAfterSeconds) {
  setStatus(page.text.msgOffline, 'offline');
  state.retryDelay = Math.min(state.retryDelay ? state.retryDelay * 2 : 2000, 60000);
  if (retryAfterSeconds > 0) {
    state.retryDelay = Math.max(state.retryDelay, retryAfterSeconds * 1000 + Math.floor(Math.random() * 1000));
  }
  clearTimeout(state.retryTimer);
  state.retryTimer = setTimeout(function () {
    state.retryTimer = null;
    autosave();
  }, state.retryDelay);
}

function requestDone() {
  state.inFlight = false;
  if (uploadAfterSave()) {
    return;
  }
  if (state.pendingSubmitter) {
    var submitter = state.pendingSubmitter;
    state.pendingSubmitter = null;
    page.form.requestSubmit(submitter);
  }
}

function afterRequest(e) {
  setTimeout(applyIssues, 0);
  if (e.detail.elt !== page.form) {
    return;
  }
  var status = e.detail.xhr ? e.detail.xhr.status : 0;
  if (status === 0) {
    return; // sendError or timeout handle it
  }
  if (status === 200) {
    state.retryDelay = 0;
    page.root.dataset.version = currentVersion();
    ['copy-forward-version', 'workbook-version'].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) {
        el.value = currentVersion();
      }
    });
    var saved = document.getElementById('save-status');
    var refused = ((saved && saved.dataset.refused) || '').split(' ').filter(Boolean);
    if (state.edits === state.editsSent) {
      state.dirty = false;
      state.changed = {};
      // cells that could not be stored stay as typed on the page and in the copy kept on this computer
      refused.forEach(function (name) { state.changed[name] = true; });
      if (refused.length) {
        storeDraft();
      } else {
        clearDraft();
      }
    }
  } else if (status === 409) {
    state.conflict = true;
    state.pendingUpload = false;
    storeDraft();
  } else if (status === 401 || status === 499) {
    state.pendingUpload = false;
    sessionLost();
  } else if (status >= 500) {
    retry(parseInt(e.detail.xhr.getResponseHeader('Retry-After') || '0', 10));
  } else if (status !== 422 && status !== 403 && status !== 404) {
    setStatus(page.text.msgError, 'error');
  }
  requestDone();
}

/** Periodic saving, the keep-alive ping, and what the htmx requests of the form and the grids do. */
export function startAutosave() {
  var form = page.form;
  setInterval(function () {
    if (state.dirty && !state.conflict && !state.inFlight && !state.retryTimer) {
      autosave();
    }
  }, 20000);
  // Keeps the session alive while the form is open (the server refreshes the tokens); an ended one is told at once.
  setInterval(function () {
    if (!window.fetch || state.sessionEnded) {
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

  window.addEventListener('online', function () {
    if (state.retryTimer) {
      clearTimeout(state.retryTimer);
      state.retryTimer = null;
      autosave();
    }
  });

  document.body.addEventListener('htmx:confirm', function (e) {
    if (e.detail.elt === form && state.conflict) {
      e.preventDefault();
      return;
    }
    syncEditors(); // before htmx reads the form
  });

  document.body.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-Requested-With'] = 'JavaScript'; // an expired session answers 499, not a login redirect
    if (e.detail.elt === form) {
      e.detail.path = page.autosaveUrl; // never a submit button's formaction
      state.editsSent = state.edits;
      state.inFlight = true;
      setStatus(page.text.msgSaving, 'saving');
    }
  });

  document.body.addEventListener('htmx:afterRequest', afterRequest);

  ['htmx:sendError', 'htmx:timeout'].forEach(function (name) {
    document.body.addEventListener(name, function (e) {
      if (e.detail.elt === form) {
        retry();
        requestDone();
      }
    });
  });
}

/** A hand save or submission waits for the autosave in flight, so that it carries the version just saved. */
export function holdSubmits() {
  page.form.addEventListener('submit', function (e) {
    if (state.inFlight) {
      e.preventDefault();
      state.pendingSubmitter = e.submitter || null;
      return;
    }
    syncEditors();
    clearTimeout(state.retryTimer);
    state.retryTimer = null;
    if (state.dirty) {
      storeDraft('post');
    }
  });
}

/** "Giữ bản của tôi": save the page over the version somebody else saved. */
export function keepMineOnConflict() {
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
    state.conflict = false;
    state.edits++;
    state.dirty = true;
    autosave();
  });
}
