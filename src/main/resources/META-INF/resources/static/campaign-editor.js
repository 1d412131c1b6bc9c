// The campaign editor: steps as Bootstrap pills, the shown step remembered for "save", period fields by kind.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('campaign-form');
  if (!form) {
    return;
  }
  const stepField = document.getElementById('step');
  const show = (step) => {
    const tab = document.getElementById('step-' + step + '-tab');
    if (tab && window.bootstrap) {
      bootstrap.Tab.getOrCreateInstance(tab).show();
    }
  };
  document.querySelectorAll('#steps [data-step]').forEach((tab) => {
    tab.addEventListener('shown.bs.tab', () => { stepField.value = tab.dataset.step; });
  });
  document.querySelectorAll('[data-go]').forEach((button) => {
    button.addEventListener('click', () => show(button.dataset.go));
  });
  form.querySelectorAll('button[type=submit][data-step]').forEach((button) => {
    button.addEventListener('click', () => { stepField.value = button.dataset.step; });
  });

  const kind = document.getElementById('periodKind');
  if (kind) {
    const sync = () => {
      document.querySelectorAll('[data-kinds]').forEach((group) => {
        group.hidden = !group.dataset.kinds.split(' ').includes(kind.value);
      });
    };
    kind.addEventListener('change', sync);
    sync();
  }
  const lockDays = document.getElementById('lockAfterDays');
  if (lockDays) {
    const syncLock = () => {
      const chosen = form.querySelector('input[name=latePolicy]:checked');
      lockDays.closest('div').hidden = !chosen || chosen.value !== 'LOCK_AFTER_DAYS';
    };
    form.querySelectorAll('input[name=latePolicy]').forEach((r) => r.addEventListener('change', syncLock));
    syncLock();
  }
});
