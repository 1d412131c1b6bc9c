/*
 * The report form (SubmissionPage/form.html), as ES modules under submission/: edits and the copy of unsaved input kept
 * on this computer (draft.js), autosave through htmx with retry and the keep-alive ping (autosave.js), the issues shown
 * on the cells they name (issues.js), grid keyboard navigation, paste from Excel and free rows (grid.js, rows.js), the
 * Excel upload after the last save (upload.js), the rich text editors (editors.js) and the explanations of flagged
 * figures kept through the panel's reloads (anomalies.js).
 * Without this script (or without TinyMCE) the page still works as a plain form.
 */

import { init } from './submission/state.js';
import { configureHtmx, holdSubmits, keepMineOnConflict, startAutosave } from './submission/autosave.js';
import { offerRestore, watchEdits } from './submission/draft.js';
import { applyIssues, followLinks, revealMarked, watchLeaving, watchSwaps } from './submission/issues.js';
import { initGrids } from './submission/grid.js';
import { initUpload } from './submission/upload.js';
import { initEditors } from './submission/editors.js';
import { keepExplanations } from './submission/anomalies.js';

var root = document.getElementById('submission');
var form = document.getElementById('submission-form');
if (root && form && root.dataset.editable === 'true' && window.htmx) {
  init(root, form);
  configureHtmx();
  watchEdits();
  watchLeaving();
  startAutosave();
  watchSwaps();
  holdSubmits();
  initUpload();
  keepMineOnConflict();
  followLinks();
  initGrids();
  revealMarked();
  applyIssues();
  offerRestore();
  initEditors();
  keepExplanations();
}
