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

// The anti-forgery token (platform/web CsrfToken): read from its cookie at each send, so that a tab opened before the
// cookie was made anew still sends the current one; the page's <meta name="csrf-token"> when there is no cookie.
// Every post form gets it in its hidden field, htmx and fetch() to the portal in the header.
window.portalCsrf = (() => {
  const meta = () => document.querySelector('meta[name="csrf-token"]');
  const field = () => (meta() && meta().dataset.field) || 'csrf-token';
  const header = () => (meta() && meta().dataset.header) || 'X-CSRF-TOKEN';
  const cookieName = () => (meta() && meta().dataset.cookie) || 'csrf-token';
  const token = () => {
    const name = cookieName().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cookie = document.cookie.match(new RegExp('(?:^|;\\s*)' + name + '=([^;]*)'));
    if (cookie && cookie[1]) {
      return decodeURIComponent(cookie[1]);
    }
    return meta() ? meta().content : '';
  };
  return { field, header, token };
})();

document.addEventListener('submit', (e) => {
  const form = e.target;
  if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || '').toLowerCase() !== 'post') {
    return;
  }
  let input = form.querySelector('input[name="' + window.portalCsrf.field() + '"]');
  if (!input) {
    input = document.createElement('input');
    input.type = 'hidden';
    input.name = window.portalCsrf.field();
    form.prepend(input);
  }
  input.value = window.portalCsrf.token();
}, true);

document.addEventListener('htmx:configRequest', (e) => {
  if (e.detail.verb && e.detail.verb.toLowerCase() !== 'get') {
    e.detail.headers[window.portalCsrf.header()] = window.portalCsrf.token();
  }
});

if (window.fetch) {
  const plainFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : null;
    const method = ((init && init.method) || (request ? request.method : 'GET')).toUpperCase();
    const url = new URL(request ? request.url : String(input), window.location.href);
    if (['GET', 'HEAD', 'OPTIONS'].includes(method) || url.origin !== window.location.origin) {
      return plainFetch(input, init);
    }
    const headers = new Headers((init && init.headers) || (request ? request.headers : undefined));
    headers.set(window.portalCsrf.header(), window.portalCsrf.token());
    return plainFetch(input, Object.assign({}, init, { headers }));
  };
}

// The page that refuses a stale post: going back keeps what was typed, where following the link would load anew.
document.addEventListener('click', (e) => {
  const back = e.target.closest && e.target.closest('[data-history-back]');
  if (back && window.history.length > 1) {
    e.preventDefault();
    window.history.back();
  }
});
