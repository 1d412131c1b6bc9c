/*
 * The issues listed beside the form, shown on what they name: cells, rows and sections are marked and the message is
 * written under the first of them, once the user has left one of them; an issue's link takes the cursor there.
 */

import { page, state } from './state.js';

/** Whether the user has left this element, or one inside it (a row, a table), since the page opened. */
function isRevealed(el) {
  if (state.revealed[el.id]) {
    return true;
  }
  return Object.keys(state.revealed).some(function (id) {
    var inner = document.getElementById(id);
    return inner && el.contains(inner);
  });
}

/**
 * Marks what the issues name, and writes each issue's message under its first cell or section: only once the user
 * has left one of its cells (or the page came marked from a save), never over a form just opened.
 */
export function applyIssues() {
  var form = page.form;
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

/** A cell or section the user leaves is revealed: its issues show from then on. */
export function watchLeaving() {
  page.form.addEventListener('focusout', function (e) {
    if (e.target && e.target.id) {
      state.revealed[e.target.id] = true;
      setTimeout(applyIssues, 0);
    }
  });
}

/** The issue list swapped in by a save is shown on the form at once. */
export function watchSwaps() {
  document.body.addEventListener('htmx:oobAfterSwap', function (e) {
    if (e.detail.target && e.detail.target.id === 'issues') {
      applyIssues();
    }
  });
}

/** An issue's link takes the cursor to its cell or editor. */
export function followLinks() {
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
}

/** What came marked from the server (a save refused, a submission blocked) counts as left. */
export function revealMarked() {
  page.form.querySelectorAll('.is-invalid, .is-warning').forEach(function (el) {
    if (el.id) {
      state.revealed[el.id] = true;
    }
  });
}
