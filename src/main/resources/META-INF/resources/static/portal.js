// Notices shown once per browser (data-once="key"): hidden when seen before, remembered when shown.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-once]').forEach((notice) => {
    const key = 'tonghop.once.' + notice.dataset.once;
    try {
      if (localStorage.getItem(key)) {
        notice.remove();
      } else {
        localStorage.setItem(key, new Date().toISOString());
      }
    } catch (e) {
      // storage refused (private mode): the notice simply shows again
    }
  });
});
