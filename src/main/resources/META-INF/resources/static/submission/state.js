/*
 * What the modules of the report form share: the page's elements and texts, and the state of saving (edits counted,
 * the save in flight, a conflict, an ended session, the fields edited and the cells left since the page opened).
 */

export var page = {
  root: null,       // #submission: its data attributes hold the texts and the report's version
  form: null,       // #submission-form
  text: null,       // root.dataset
  upload: null,     // #workbook-form, the Excel upload, when the page has it
  autosaveUrl: null
};

export var state = {
  edits: 0,               // bumped on every edit
  editsSent: 0,           // edits carried by the save in flight
  dirty: false,           // edits not yet confirmed saved
  changed: {},            // names of the fields edited since the last confirmed save: all a local copy restores
  conflict: false,        // someone else saved: stop saving over it
  inFlight: false,
  retryDelay: 0,
  retryTimer: null,
  pendingSubmitter: null,
  pendingUpload: false,   // the Excel upload waits for the save of what was just typed
  sessionEnded: false,
  revealed: {}            // ids of the cells and sections the user has left: only these are marked
};

export function init(root, form) {
  page.root = root;
  page.form = form;
  page.text = root.dataset;
  page.upload = document.getElementById('workbook-form');
  page.autosaveUrl = form.getAttribute('hx-post');
}

export function setStatus(message, kind) {
  var el = document.getElementById('save-status');
  if (el) {
    el.textContent = message;
    el.dataset.kind = kind;
    el.className = 'save-status small status-' + kind;
  }
}

export function currentVersion() {
  var v = document.getElementById('version');
  return v ? v.value : '';
}

export function syncEditors() {
  if (window.tinymce) {
    window.tinymce.triggerSave();
  }
}
