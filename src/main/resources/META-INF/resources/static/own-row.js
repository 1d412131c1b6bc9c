/*
 * The issuer's own row on the consolidation page (RollupPage/own-row.html): saved as it is typed, like a report
 * (submission/autosave.js: the same pause before saving, retry with back-off when offline or busy, an ended session
 * told, a save of somebody else never overwritten), the rules it breaks written under the fields they name, and the
 * annex tables drawn again with the new totals. Without this script the form still saves with its button.
 */
(function () {
  'use strict';

  var section = document.getElementById('own-rows');
  if (!section || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var text = section.dataset;
  var url = text.autosave;
  var inFlight = false;
  var conflict = false;
  var retryDelay = 0;
  var retryTimer = null;
  var forms = Array.prototype.slice.call(section.querySelectorAll('form.own-row-form'));

  /** The consolidated report has one version: every form of the page that saves into it carries the new one. */
  function setVersion(version) {
    document.querySelectorAll('#own-rows input[name="version"], #consolidated-form input[name="version"]')
      .forEach(function (input) { input.value = String(version); });
  }

  /** The annex tables with the new totals, drawn by the server as the page draws them. */
  function showTables(tables) {
    Object.keys(tables).forEach(function (code) {
      var box = document.querySelector('#table-' + code + ' .table-responsive');
      if (box) {
        box.outerHTML = tables[code];
      }
    });
  }

  function setup(form) {
    var state = { edits: 0, sent: 0, timer: null, revealed: {}, issues: [], refused: [], answered: false };
    var status = form.querySelector('.own-row-status');
    form.querySelector('.own-autosave-hint').classList.remove('d-none');
    form.querySelectorAll('.is-invalid, .is-warning').forEach(function (el) { state.revealed[el.id] = true; });

    function setStatus(message, kind) {
      status.textContent = message;
      status.dataset.kind = kind;
    }

    function later(delay) {
      clearTimeout(state.timer);
      state.timer = setTimeout(save, delay);
    }

    function edited(delay) {
      state.edits++;
      if (!conflict) {
        setStatus(text.msgUnsaved, 'dirty');
        later(delay);
      }
    }

    function save() {
      clearTimeout(state.timer);
      if (conflict || state.edits === state.sent) {
        return;
      }
      if (inFlight) {
        later(300);
        return;
      }
      inFlight = true;
      state.sent = state.edits;
      setStatus(text.msgSaving, 'saving');
      fetch(url, {
        method: 'POST', credentials: 'same-origin', cache: 'no-store',
        headers: { 'X-Requested-With': 'JavaScript', 'Accept': 'application/json' },
        body: fields()
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) { answered(r, body); });
      }).catch(function () {
        offline(0);
      }).then(function () {
        inFlight = false;
      });
    }

    /** The form, and the page's view for the tables drawn again. */
    function fields() {
      var data = new URLSearchParams(new FormData(form));
      data.append('view.drafts', text.drafts);
      data.append('view.collapse', text.collapse);
      return data;
    }

    function answered(r, body) {
      if (r.status === 200) {
        retryDelay = 0;
        state.answered = true;
        setVersion(body.version);
        state.issues = body.issues || [];
        state.refused = body.refused || [];
        setStatus(body.message, body.state);
        mark();
        showTables(body.tables || {});
        if (state.edits !== state.sent) {
          later(300); // typed during the save
        }
      } else if (r.status === 409) {
        conflict = true;
        setStatus(body.message || text.msgFailed, 'conflict');
        var reload = form.querySelector('.own-row-reload');
        reload.href = window.location.pathname + window.location.search + '#own-rows';
        reload.classList.remove('d-none');
      } else if (r.status === 401 || r.status === 499) {
        state.sent = -1; // the next edit saves again, once signed in
        setStatus(text.msgSession, 'error');
      } else if (r.status >= 500) {
        offline(parseInt(r.headers.get('Retry-After') || '0', 10));
      } else {
        state.sent = -1;
        setStatus(body.message || text.msgFailed, 'error');
      }
    }

    // a busy server names its pause in Retry-After: wait at least that long, then back off further
    function offline(retryAfterSeconds) {
      setStatus(text.msgOffline, 'offline');
      state.sent = -1;
      retryDelay = Math.min(retryDelay ? retryDelay * 2 : 2000, 60000);
      if (retryAfterSeconds > 0) {
        retryDelay = Math.max(retryDelay, retryAfterSeconds * 1000);
      }
      clearTimeout(retryTimer);
      retryTimer = setTimeout(function () {
        retryTimer = null;
        save();
      }, retryDelay);
    }

    /** Marks the fields the issues name; a rule's message shows once one of its fields has been left. */
    function mark() {
      form.querySelectorAll('.is-invalid, .is-warning').forEach(function (el) {
        el.classList.remove('is-invalid', 'is-warning');
      });
      form.querySelectorAll('.own-feedback').forEach(function (el) {
        el.textContent = '';
        el.classList.remove('warning');
      });
      var listed = [];
      state.refused.map(function (i) { return [i, true]; }).concat(state.issues.map(function (i) { return [i, false]; }))
        .forEach(function (pair) {
          var issue = pair[0];
          listed.push(issue.message);
          var targets = String(issue.column || '').split(',').map(function (c) {
            return document.getElementById('own-' + issue.table + '-' + c.trim());
          }).filter(Boolean);
          if (!pair[1] && !targets.some(function (el) { return state.revealed[el.id]; })) {
            return;
          }
          var warning = issue.severity === 'warning';
          targets.forEach(function (el, n) {
            if (!warning) {
              el.classList.remove('is-warning');
              el.classList.add('is-invalid');
            } else if (!el.classList.contains('is-invalid')) {
              el.classList.add('is-warning');
            }
            var feedback = n === 0 ? document.getElementById(el.id + '-feedback') : null;
            if (feedback) {
              feedback.textContent = feedback.textContent ? feedback.textContent + ' ' + issue.message : issue.message;
              feedback.classList.toggle('warning', warning);
            }
          });
        });
      var box = document.getElementById('own-row-issues-' + form.dataset.table);
      if (box) {
        var list = box.querySelector('ul');
        list.innerHTML = '';
        listed.forEach(function (message) {
          var li = document.createElement('li');
          li.textContent = message;
          list.appendChild(li);
        });
        box.classList.toggle('d-none', listed.length === 0);
      }
    }

    form.addEventListener('input', function () { edited(1500); });
    form.addEventListener('change', function () { edited(400); });
    form.addEventListener('focusout', function (e) {
      if (e.target && e.target.id) {
        state.revealed[e.target.id] = true;
        if (state.answered) {
          mark(); // before the first save the page's own marks stand
        }
      }
    });
    // the button saves at once, through the same path
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      form.querySelectorAll('input, select').forEach(function (el) { state.revealed[el.id] = true; });
      if (state.edits === state.sent) {
        state.edits++;
      }
      save();
    });
    window.addEventListener('online', function () {
      if (retryTimer) {
        clearTimeout(retryTimer);
        retryTimer = null;
        save();
      }
    });
    // leaving with typing not yet saved: send it on the way out
    window.addEventListener('pagehide', function () {
      if (state.edits !== state.sent && !inFlight && !conflict && navigator.sendBeacon) {
        navigator.sendBeacon(url, fields());
      }
    });
  }

  forms.forEach(setup);
}());
