/* The Excel upload carries the version just saved; typing not yet saved is saved first, then the upload goes. */

import { currentVersion, page, setStatus, state } from './state.js';

export function initUpload() {
  var upload = page.upload;
  if (!upload) {
    return;
  }
  upload.addEventListener('submit', function (e) {
    if (state.inFlight || state.dirty) {
      e.preventDefault();
      state.pendingUpload = true;
      setStatus(page.text.msgBeforeUpload, 'saving');
      if (!state.inFlight) {
        htmx.trigger(page.form, 'autosave');
      }
      return;
    }
    document.getElementById('workbook-version').value = currentVersion();
  });
}

/** After a save: sends the upload that waited for it, unless the save left something unsaved. */
export function uploadAfterSave() {
  if (!state.pendingUpload || !page.upload) {
    return false;
  }
  state.pendingUpload = false;
  if (!state.dirty && !state.conflict && !state.sessionEnded) {
    page.upload.requestSubmit();
  }
  return true;
}
