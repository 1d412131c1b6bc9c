/*
 * The panel of figures out of line beside the form is reloaded after each save. The reload is decided when the save
 * ends and lands a moment later: by then the user may have started an explanation, which the new panel would wipe.
 */

/** Keeps the panel as it is while an explanation in it is being typed or differs from what was saved. */
export function keepExplanations() {
  document.body.addEventListener('htmx:beforeSwap', function (e) {
    var panel = document.getElementById('anomalies-panel');
    if (!panel || e.detail.target !== panel) {
      return;
    }
    var typing = panel.contains(document.activeElement) && document.activeElement !== panel;
    var changed = Array.prototype.some.call(panel.querySelectorAll('textarea'), function (box) {
      return box.value !== box.defaultValue;
    });
    if (typing || changed) {
      e.detail.shouldSwap = false;
    }
  });
}
