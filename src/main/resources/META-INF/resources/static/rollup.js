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
      toolbar: 'undo redo | bold italic underline | bullist numlist | table', height: 260
    });
  }
});
