// Rollup page: the completeness chart and the rich-text editors of the consolidated texts.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('completeness-chart');
  if (canvas && window.Chart) {
    new Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: canvas.dataset.labels.split('|'),
        datasets: [{ data: canvas.dataset.values.split('|').map(Number),
          backgroundColor: ['#198754', '#ffc107', '#dc3545', '#adb5bd'] }]
      },
      options: { plugins: { legend: { position: 'bottom' } }, animation: false }
    });
  }
  if (window.tinymce && document.querySelector('textarea.rich-text')) {
    tinymce.init({
      selector: 'textarea.rich-text', base_url: '/webjars/tinymce/6.8.3', suffix: '.min',
      menubar: false, branding: false, promotion: false, plugins: 'lists table',
      language: document.documentElement.lang === 'vi' ? 'vi' : 'en',
      language_url: document.documentElement.lang === 'vi' ? '/static/tinymce-vi.js' : undefined,
      toolbar: 'undo redo | bold italic underline | bullist numlist | table', height: 260,
      // the citation marks of the draft stay through editing; clicking one shows its sources
      extended_valid_elements: 'sup[data-cite]',
      setup: editor => editor.on('click', e => {
        const mark = e.target.closest && e.target.closest('sup[data-cite]');
        if (mark) showSources(editor.getElement().closest('.narrative'), mark.dataset.cite);
      })
    });
  }
  document.querySelectorAll('.narrative').forEach(section => {
    section.addEventListener('click', e => {
      const mark = e.target.closest('sup[data-cite]');
      if (mark) showSources(section, mark.dataset.cite);
    });
  });
  document.querySelectorAll('button.redraft').forEach(button => button.addEventListener('click', () => {
    if (!window.confirm(button.dataset.confirm)) return;
    const draft = document.getElementById('draft-' + button.dataset.section).innerHTML;
    const editor = window.tinymce && tinymce.get('section-' + button.dataset.section);
    if (editor) editor.setContent(draft); else document.getElementById('section-' + button.dataset.section).value = draft;
  }));
});

/** Opens the section's source texts and marks those of the units a sentence cites ("14794:3 14797:2"). */
function showSources(section, cite) {
  if (!section) return;
  const units = cite.split(' ').map(c => c.split(':')[0]);
  const details = section.querySelector('details.narrative-sources');
  if (!details) return;
  details.open = true;
  let first = null;
  details.querySelectorAll('.narrative-source').forEach(source => {
    const cited = units.includes(source.dataset.unit);
    source.classList.toggle('border-primary', cited);
    source.classList.toggle('bg-light', cited);
    if (cited && !first) first = source;
  });
  if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
}
