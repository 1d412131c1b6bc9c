/* Rich text: TinyMCE writes back into the textarea, which stays the form field. */

import { page, state } from './state.js';
import { noteEdit } from './draft.js';
import { applyIssues } from './issues.js';

export function initEditors() {
  if (!window.tinymce || !page.form.querySelector('textarea.rich-text')) {
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
        state.revealed['section-' + editor.getElement().name.substring('section.'.length)] = true;
        setTimeout(applyIssues, 0);
      });
      editor.on('change', function () {
        editor.save();
        editor.getElement().dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  });
}
