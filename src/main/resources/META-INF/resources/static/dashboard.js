// Home page: one line chart per key figure, periods across, one line per district (data in the canvas attribute).
document.addEventListener('DOMContentLoaded', () => {
  if (!window.Chart) {
    return;
  }
  const colours = ['#0d6efd', '#198754', '#dc3545', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#d63384'];
  document.querySelectorAll('canvas.series-chart').forEach(canvas => {
    const series = JSON.parse(canvas.dataset.series);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: series.periods,
        datasets: series.lines.map((line, i) => ({
          label: line.unitName,
          data: line.values,
          borderColor: colours[i % colours.length],
          backgroundColor: colours[i % colours.length],
          spanGaps: true
        }))
      },
      options: {
        animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { title: { display: !!series.columnUnit, text: series.columnUnit } } }
      }
    });
  });
});
