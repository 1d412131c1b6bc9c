// The outline builder of /templates/new: a Word/Excel import, a form over the template draft, and the YAML tab kept
// in step with it through the server (the server's conversion is the only one, so both views always agree).
(function () {
  'use strict';
  var root = document.getElementById('builder');
  if (!root) { return; }
  var T = root.dataset;
  var yamlArea = document.getElementById('yaml');
  var form = document.getElementById('upload-form');
  var draft = null;          // the draft the form shows
  var builderDirty = false;  // the form changed since the YAML was last made from it
  var yamlDirty = false;     // the YAML was typed since the form was last made from it
  var TYPES = ['integer', 'decimal', 'percent', 'text', 'date', 'boolean'];

  function t(key) { return T['t' + key.charAt(0).toUpperCase() + key.slice(1)] || key; }
  function fill(text) { var args = [].slice.call(arguments, 1); return text.replace(/%s/g, function () { return args.shift(); }); }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'on') { Object.keys(attrs.on).forEach(function (ev) { e.addEventListener(ev, attrs.on[ev]); }); } else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) { e.setAttribute(k, attrs[k] === true ? '' : attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  function status(id, text, kind) {
    var box = document.getElementById(id);
    box.replaceChildren();
    if (text) { box.appendChild(el('div', { 'class': 'alert alert-' + (kind || 'info') + ' py-2', text: text })); }
    return box;
  }
  function post(url, body, type) {
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'JavaScript' };
    if (type) { headers['Content-Type'] = type; }
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: body }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) { return { ok: r.ok, status: r.status, json: json }; });
    });
  }
  function slug(text, sep) {
    var s = (text || '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .split(/[^a-z0-9]+/).filter(Boolean).slice(0, 8).join(sep);
    return s || (sep === '_' ? 'cot' : 'muc');
  }
  function unique(base, taken, sep) {
    var code = base; var i = 2;
    while (taken.indexOf(code) >= 0) { code = base + sep + i++; }
    return code;
  }
  function changed() { builderDirty = true; render(); }

  // --- confirmation of deletions
  var confirmBox = document.getElementById('builder-confirm');
  var onYes = null;
  function ask(text, yes) {
    document.getElementById('builder-confirm-body').textContent = text;
    onYes = yes;
    bootstrap.Modal.getOrCreateInstance(confirmBox).show();
  }
  document.getElementById('builder-confirm-yes').addEventListener('click', function () {
    bootstrap.Modal.getOrCreateInstance(confirmBox).hide();
    if (onYes) { onYes(); onYes = null; }
  });

  // --- sections: a flat list with levels; a section owns the deeper ones after it (moves in builder-order.js)
  var order = window.builderOrder;
  var span = order.span;
  var moveBlock = order.moveBlock;
  function announce(title) { document.getElementById('b-announce').textContent = fill(t('moved'), title || ''); }
  // The grip that drags an item (a mouse's way; the up/down buttons stay the keyboard's and the phone's).
  function grip() {
    return el('span', { 'class': 'builder-drag text-body-secondary', draggable: 'true', title: t('drag'), 'aria-hidden': 'true', text: '⠿' });
  }
  function shift(list, i, by) {
    var end = span(list, i);
    if (by > 0 && (i === 0 || list[i - 1].level < list[i].level)) { return; }
    if (by < 0 && list[i].level <= 1) { return; }
    for (var k = i; k < end; k++) { list[k].level += by; }
  }
  function ordinals(list) {
    var counters = []; var out = [];
    list.forEach(function (s) {
      counters.length = s.level;
      var style = s.numbering || ['roman', 'arabic', 'letter', 'dash'][Math.min(s.level - 1, 3)];
      var key = style; var c = counters[s.level - 1] || {}; counters[s.level - 1] = c;
      c[key] = (c[key] || 0) + 1;
      var n = c[key];
      var label = s.ordinal || (style === 'roman' ? roman(n) : style === 'arabic' ? String(n) : style === 'letter' ? 'abcdđeghiklmnopqrstuvxy'.charAt(n - 1) : style === 'dash' ? '-' : '');
      out.push(style === 'roman' || style === 'arabic' ? label + '.' : style === 'letter' ? label + ')' : label);
    });
    return out;
  }
  function roman(n) { var v = [10, 9, 5, 4, 1], s = ['X', 'IX', 'V', 'IV', 'I'], o = ''; v.forEach(function (x, i) { while (n >= x) { o += s[i]; n -= x; } }); return o; }
  function iconButton(label, symbol, handler) {
    return el('button', { type: 'button', 'class': 'btn btn-outline-secondary btn-sm builder-tap', title: label, 'aria-label': label, on: { click: handler } },
      [el('span', { 'aria-hidden': 'true', text: symbol }), el('span', { 'class': 'visually-hidden', text: label })]);
  }
  function labelled(label, id, input, cls) {
    input.id = id;
    input.removeAttribute('aria-label');
    return el('div', { 'class': cls }, [el('label', { 'class': 'form-label small mb-0', 'for': id, text: label }), input]);
  }
  function textInput(value, label, onInput, cls) {
    return el('input', { type: 'text', 'class': 'form-control form-control-sm ' + (cls || ''), value: value || '', 'aria-label': label,
      on: { input: function (e) { onInput(e.target.value); builderDirty = true; renderPreview(); } } });
  }

  function renderSections() {
    var box = document.getElementById('b-sections');
    box.replaceChildren();
    var labels = ordinals(draft.sections);
    draft.sections.forEach(function (s, i) {
      var table = s.table ? draft.tables.filter(function (x) { return x.code === s.table; })[0] : null;
      var optional = el('input', { type: 'checkbox', 'class': 'form-check-input', id: 'opt-' + i, on: { change: function (e) { s.optional = e.target.checked; changed(); } } });
      optional.checked = !!s.optional;
      var guidance = el('textarea', { 'class': 'form-control form-control-sm', rows: 3, 'aria-label': t('guidance'),
        on: { input: function (e) { s.guidance = e.target.value; builderDirty = true; } } });
      guidance.value = s.guidance || '';
      box.appendChild(el('li', { 'class': 'builder-section border rounded p-2 mb-2', style: 'margin-left:' + Math.min(s.level - 1, 4) * 1.25 + 'rem', 'data-code': s.code, 'data-index': i }, [
        el('div', { 'class': 'd-flex flex-wrap align-items-center gap-2' }, [
          grip(),
          el('span', { 'class': 'fw-semibold', text: labels[i] }),
          textInput(s.title, t('title'), function (v) { s.title = v; }, 'builder-grow section-title'),
          el('div', { 'class': 'form-check mb-0' }, [optional, el('label', { 'class': 'form-check-label small', 'for': 'opt-' + i, text: t('optional') })]),
          el('div', { 'class': 'btn-group' }, [
            iconButton(t('up'), '↑', function () { moveBlock(draft.sections, i, -1); changed(); }),
            iconButton(t('down'), '↓', function () { moveBlock(draft.sections, i, 1); changed(); }),
            iconButton(t('outdent'), '⇤', function () { shift(draft.sections, i, -1); changed(); }),
            iconButton(t('indent'), '⇥', function () { shift(draft.sections, i, 1); changed(); }),
            iconButton(t('delete'), '✕', function () {
              ask(fill(t('deleteSection'), s.title), function () {
                var removed = draft.sections.splice(i, span(draft.sections, i) - i);
                var codes = removed.map(function (x) { return x.table; }).filter(Boolean);
                draft.tables = draft.tables.filter(function (x) { return codes.indexOf(x.code) < 0; });
                changed();
              });
            })])]),
        table ? el('div', { 'class': 'small text-muted mt-1', text: t('table') + ' ' + (table.title || '') }) : null,
        el('details', { 'class': 'mt-1' }, [el('summary', { 'class': 'small', text: t('guidance') }), guidance])
      ]));
    });
    order.sortable(box, '.builder-section', '.builder-drag', function (from, to, after) {
      var moved = draft.sections[from];
      if (order.moveTo(draft.sections, from, to, after)) { changed(); announce(moved.title); }
    });
  }

  function typeSelect(c) {
    var sel = el('select', { 'class': 'form-select form-select-sm column-type', 'aria-label': t('type'), on: { change: function (e) { c.type = e.target.value; changed(); } } },
      TYPES.map(function (ty) { return el('option', { value: ty, text: t('type' + ty.charAt(0).toUpperCase() + ty.slice(1)) }); }));
    sel.value = c.type || 'integer';
    return sel;
  }
  function numberInput(value, label, onInput) {
    return el('input', { type: 'number', step: 'any', 'class': 'form-control form-control-sm', style: 'max-width:7rem', value: value === null || value === undefined ? '' : value, 'aria-label': label,
      on: { input: function (e) { onInput(e.target.value === '' ? null : Number(e.target.value)); builderDirty = true; } } });
  }

  function renderTables() {
    var box = document.getElementById('b-tables');
    box.replaceChildren();
    if (!draft.tables.length) { box.appendChild(el('p', { 'class': 'text-muted', text: t('noTables') })); }
    draft.tables.forEach(function (table, ti) {
      var kind = el('select', { 'class': 'form-select form-select-sm', 'aria-label': t('rowsKind'), on: { change: function (e) { table.rowsKind = e.target.value; changed(); } } },
        ['units', 'fixed', 'free'].map(function (k) { return el('option', { value: k, text: t('rows' + k.charAt(0).toUpperCase() + k.slice(1)) }); }));
      kind.value = table.rowsKind;
      var total = el('input', { type: 'checkbox', 'class': 'form-check-input', id: 'total-' + ti, on: { change: function (e) { table.total = e.target.checked; changed(); } } });
      total.checked = table.total !== false;
      var cols = el('div', { 'class': 'builder-columns' });
      table.columns.forEach(function (c, ci) {
        var req = el('input', { type: 'checkbox', 'class': 'form-check-input', id: 'req-' + ti + '-' + ci, on: { change: function (e) { c.required = e.target.checked; builderDirty = true; } } });
        req.checked = !!c.required;
        var numeric = ['integer', 'decimal', 'percent'].indexOf(c.type) >= 0;
        var id = 'col-' + ti + '-' + ci;
        cols.appendChild(el('div', { 'class': 'builder-column border-top py-2', 'data-code': c.code, 'data-index': ci }, [
          el('div', { 'class': 'row g-2 align-items-end' }, [
            labelled(t('title'), id + '-title', textInput(c.title, t('title'), function (v) { c.title = v; }, 'column-title'), 'col-12 col-md-5'),
            labelled(t('group'), id + '-group', textInput((c.groups || []).join(' › '), t('group'), function (v) { c.groups = v.split('›').map(function (g) { return g.trim(); }).filter(Boolean); }, 'column-group'), 'col-12 col-md-4'),
            labelled(t('type'), id + '-type', typeSelect(c), 'col-8 col-md-3')]),
          el('div', { 'class': 'd-flex flex-wrap gap-2 align-items-end mt-2 small' }, (c.earlierColumn ? [
            el('span', { 'class': 'text-muted', text: fill(t('earlier'), (table.columns.filter(function (x) { return x.code === c.earlierColumn; })[0] || { title: c.earlierColumn }).title) })
          ] : c.formula ? [
            el('span', { 'class': 'text-muted', text: t('computed') + ' ' + c.formula }),
            el('button', { type: 'button', 'class': 'btn btn-link btn-sm p-0', text: t('clearFormula'), on: { click: function () { c.formula = null; changed(); } } })
          ] : [
            el('div', { 'class': 'form-check mb-1' }, [req, el('label', { 'class': 'form-check-label', 'for': 'req-' + ti + '-' + ci, text: t('required') })]),
            numeric ? labelled(t('min'), id + '-min', numberInput(c.min, t('min'), function (v) { c.min = v; }), '') : null,
            numeric ? labelled(t('max'), id + '-max', numberInput(c.max, t('max'), function (v) { c.max = v; }), '') : null]).concat([
            el('div', { 'class': 'd-flex align-items-center gap-2 ms-auto' }, [grip(), el('div', { 'class': 'btn-group' }, [
              iconButton(t('up'), '↑', function () { if (ci > 0) { table.columns.splice(ci - 1, 0, table.columns.splice(ci, 1)[0]); changed(); } }),
              iconButton(t('down'), '↓', function () { if (ci < table.columns.length - 1) { table.columns.splice(ci + 1, 0, table.columns.splice(ci, 1)[0]); changed(); } }),
              iconButton(t('delete'), '✕', function () { ask(fill(t('deleteColumn'), c.title), function () { table.columns.splice(ci, 1); changed(); }); })])])]))]));
      });
      order.sortable(cols, '.builder-column', '.builder-drag', function (from, to, after) {
        var moved = table.columns[from];
        if (order.moveTo(table.columns, from, to, after)) { changed(); announce(moved.title); }
      });
      var numerator = el('select', { 'class': 'form-select form-select-sm', 'aria-label': t('numerator') });
      var denominator = el('select', { 'class': 'form-select form-select-sm', 'aria-label': t('denominator') });
      table.columns.filter(function (c) { return ['integer', 'decimal'].indexOf(c.type) >= 0; }).forEach(function (c) {
        numerator.appendChild(el('option', { value: c.code, text: c.title }));
        denominator.appendChild(el('option', { value: c.code, text: c.title }));
      });
      var codes = function () { return table.columns.map(function (c) { return c.code; }); };
      var rows = table.rowsKind === 'fixed' ? renderRows(table) : null;
      box.appendChild(el('section', { 'class': 'builder-table border rounded p-2 mb-3', 'data-code': table.code }, [
        textInput(table.title, t('title'), function (v) { table.title = v; }, 'fw-semibold mb-1 table-title'),
        textInput(table.subtitle, t('subtitle'), function (v) { table.subtitle = v; }, 'mb-2'),
        el('div', { 'class': 'd-flex flex-wrap gap-2 align-items-center mb-2' }, [kind,
          el('div', { 'class': 'form-check mb-0' }, [total, el('label', { 'class': 'form-check-label small', 'for': 'total-' + ti, text: t('total') })])]),
        el('h3', { 'class': 'h6 mt-2', text: t('columns') }), cols,
        el('div', { 'class': 'd-flex flex-wrap gap-2 mt-2' }, [
          el('button', { type: 'button', 'class': 'btn btn-outline-primary btn-sm', text: t('addColumn'), on: { click: function () {
            var title = t('newColumn'); table.columns.push({ code: unique(slug(title, '_'), codes(), '_'), title: title, groups: [], type: 'integer', required: false }); changed();
          } } }),
          el('div', { 'class': 'input-group input-group-sm flex-nowrap', style: 'max-width:100%' }, [numerator, denominator,
            el('button', { type: 'button', 'class': 'btn btn-outline-primary', text: t('addRatio'), on: { click: function () {
              var n = numerator.value, d = denominator.value; if (!n || !d) { return; }
              var title = t('ratioTitle');
              table.columns.push({ code: unique('ty_le_' + n, codes(), '_'), title: title, groups: [], type: 'percent', unit: '%', required: false,
                formula: d + ' == 0 ? null : ' + n + ' * 100 / ' + d });
              changed();
            } } })])]),
        rows
      ]));
    });
  }

  function renderRows(table) {
    var list = el('ol', { 'class': 'list-unstyled mt-2' });
    table.rows.forEach(function (r, ri) {
      list.appendChild(el('li', { 'class': 'd-flex gap-2 align-items-center mb-1', style: 'margin-left:' + (r.level - 1) * 1.25 + 'rem' }, [
        textInput(r.title, t('title'), function (v) { r.title = v; }, 'builder-grow row-title'),
        el('div', { 'class': 'btn-group' }, [
          iconButton(t('outdent'), '⇤', function () { shift(table.rows, ri, -1); changed(); }),
          iconButton(t('indent'), '⇥', function () { shift(table.rows, ri, 1); changed(); }),
          iconButton(t('delete'), '✕', function () { ask(fill(t('deleteRow'), r.title), function () { table.rows.splice(ri, span(table.rows, ri) - ri); changed(); }); })])]));
    });
    return el('div', {}, [el('h3', { 'class': 'h6 mt-3', text: t('rows') }), list,
      el('button', { type: 'button', 'class': 'btn btn-outline-primary btn-sm', text: t('addRow'), on: { click: function () {
        var keys = table.rows.map(function (r) { return r.key; });
        table.rows.push({ key: unique('dong-' + (table.rows.length + 1), keys, '-'), title: t('untitled'), level: 1 }); changed();
      } } })]);
  }

  // The file as read, each piece marked with what the import made of it.
  function renderSource(blocks) {
    var wrap = document.getElementById('b-source-box');
    var box = document.getElementById('b-source');
    box.replaceChildren();
    wrap.classList.toggle('d-none', !blocks || !blocks.length);
    (blocks || []).forEach(function (b) {
      if (b.kind === 'table') {
        var body = el('tbody', {}, b.rows.map(function (r) { return el('tr', {}, r.map(function (c) { return el('td', { text: c }); })); }));
        box.appendChild(el('div', { 'class': 'table-responsive my-2' }, [el('table', { 'class': 'table table-bordered table-sm mb-0' }, [el('caption', { 'class': 'caption-top', text: b.text }), body])]));
        return;
      }
      var cls = b.kind === 'heading' ? 'fw-semibold' : b.kind === 'skipped' ? 'text-body-secondary text-decoration-line-through' : b.kind === 'title' || b.kind === 'annex' ? 'fw-semibold text-center' : '';
      var line = el('div', { 'class': cls, style: b.level ? 'margin-left:' + (b.level - 1) + 'rem' : null, text: b.text });
      if (b.kind === 'skipped') { line.appendChild(el('span', { 'class': 'visually-hidden', text: ' (' + t('skipped') + ')' })); }
      box.appendChild(line);
    });
  }

  // The outline and each table's header as units will see them.
  function renderPreview() {
    var box = document.getElementById('b-preview');
    box.replaceChildren();
    box.appendChild(el('p', { 'class': 'fw-semibold text-center mb-2', text: draft.title || '' }));
    var labels = ordinals(draft.sections);
    draft.sections.forEach(function (s, i) {
      box.appendChild(el('div', { 'class': s.level === 1 ? 'fw-semibold' : '', style: 'margin-left:' + (s.level - 1) + 'rem', text: (labels[i] + ' ' + (s.title || '')).trim() }));
    });
    draft.tables.forEach(function (table) {
      box.appendChild(el('p', { 'class': 'fw-semibold mt-3 mb-1', text: table.title || '' }));
      var depth = 1 + Math.max.apply(null, [0].concat(table.columns.map(function (c) { return (c.groups || []).length; })));
      var head = [];
      for (var r = 0; r < depth; r++) { head.push(el('tr')); }
      head[0].appendChild(el('th', { rowspan: depth, text: t('stt') }));
      head[0].appendChild(el('th', { rowspan: depth, text: table.labelHeader || '' }));
      table.columns.forEach(function (c, ci) {
        var g = c.groups || [];
        for (var level = 0; level < g.length; level++) {
          var prev = table.columns[ci - 1];
          var same = prev && (prev.groups || []).slice(0, level + 1).join('›') === g.slice(0, level + 1).join('›');
          if (!same) {
            var spanCols = 0; for (var k = ci; k < table.columns.length && (table.columns[k].groups || []).slice(0, level + 1).join('›') === g.slice(0, level + 1).join('›'); k++) { spanCols++; }
            head[level].appendChild(el('th', { colspan: spanCols, text: g[level] }));
          }
        }
        head[g.length].appendChild(el('th', { rowspan: depth - g.length, text: c.title + (c.formula ? ' *' : '') }));
      });
      box.appendChild(el('div', { 'class': 'table-responsive' }, [el('table', { 'class': 'table table-bordered table-sm small bg-body mb-0' }, [el('thead', {}, head)])]));
    });
  }

  function render() {
    if (!draft) { return; }
    var title = document.getElementById('b-title');
    title.value = draft.title || '';
    renderSections(); renderTables(); renderPreview();
  }
  document.getElementById('b-title').addEventListener('input', function (e) { if (draft) { draft.title = e.target.value; builderDirty = true; renderPreview(); } });
  document.getElementById('b-add-section').addEventListener('click', function () {
    if (!draft) { draft = { code: null, title: '', sections: [], tables: [] }; }
    var title = t('untitled');
    draft.sections.push({ code: unique(slug(title, '-'), draft.sections.map(function (s) { return s.code; }), '-'), title: title, level: 1, optional: false });
    changed();
  });

  // --- the YAML tab and the form kept in step
  function showYamlErrors(errors) {
    var box = status('yaml-status', t('yamlErrors'), 'danger');
    var list = el('ul', { 'class': 'mb-0 small' });
    (errors || []).forEach(function (e) { list.appendChild(el('li', { text: (e.line ? e.line + ': ' : '') + e.message })); });
    box.firstChild.appendChild(list);
  }
  function toYaml() {
    if (!draft || !builderDirty) { return Promise.resolve(true); }
    return post('/templates/builder/draft/yaml', JSON.stringify(draft), 'application/json').then(function (r) {
      if (!r.ok) { status('builder-status', (r.json.errors && r.json.errors[0] && r.json.errors[0].message) || t('failed'), 'danger'); return false; }
      yamlArea.value = r.json.yaml; builderDirty = false; yamlDirty = false;
      if (r.json.warnings && r.json.warnings.length) { showYamlErrors(r.json.warnings); } else { status('yaml-status', ''); }
      return true;
    }, function () { status('builder-status', t('failed'), 'danger'); return false; });
  }
  function fromYaml() {
    if (!yamlArea.value.trim() || (!yamlDirty && draft)) { return Promise.resolve(true); }
    return post('/templates/builder/draft/outline', yamlArea.value, 'text/plain; charset=UTF-8').then(function (r) {
      if (!r.ok) { showYamlErrors(r.json.errors); return false; }
      draft = r.json; yamlDirty = false; builderDirty = false; status('yaml-status', ''); render(); return true;
    }, function () { status('yaml-status', t('failed'), 'danger'); return false; });
  }
  yamlArea.addEventListener('input', function () { yamlDirty = true; });
  document.getElementById('tab-yaml-btn').addEventListener('show.bs.tab', function () { toYaml(); });
  document.getElementById('tab-builder-btn').addEventListener('show.bs.tab', function (e) {
    if (yamlDirty) { e.preventDefault(); fromYaml().then(function (ok) { if (ok) { bootstrap.Tab.getOrCreateInstance(e.target).show(); } }); }
  });
  form.addEventListener('submit', function (e) {
    if (!builderDirty) { return; }
    e.preventDefault();
    toYaml().then(function (ok) { if (ok) { form.submit(); } });
  });

  // --- the unsaved draft previewed and printed blank in a new tab: what the builder holds, or the YAML typed since
  document.getElementById('draft-form').addEventListener('submit', function () {
    var typed = yamlDirty || !draft;
    document.getElementById('draft-form-json').value = typed ? '' : JSON.stringify(draft);
    document.getElementById('draft-form-yaml').value = typed ? yamlArea.value : '';
  });

  // --- the import
  document.getElementById('import-run').addEventListener('click', function () {
    var file = document.getElementById('import-file');
    var data = new FormData();
    if (file.files.length) { data.append('file', file.files[0]); }
    data.append('code', document.getElementById('import-code').value);
    status('import-status', t('reading'));
    var warnings = document.getElementById('import-warnings');
    warnings.replaceChildren();
    post('/templates/builder/import', data).then(function (r) {
      if (!r.ok) { status('import-status', (r.json.errors && r.json.errors[0] && r.json.errors[0].message) || t('failed'), 'danger'); return; }
      draft = r.json.outline; yamlArea.value = r.json.yaml; builderDirty = false; yamlDirty = false;
      renderSource(r.json.source);
      var done = fill(t('read'), draft.sections.length, draft.tables.length);
      status('import-status', done, 'success');
      // what was read, and what was not understood, shown where she corrects it
      var box = status('builder-status', done, r.json.warnings.length ? 'warning' : 'success');
      if (r.json.warnings.length) {
        var list = el('ul', { 'class': 'mb-0 small', id: 'builder-warnings' });
        r.json.warnings.forEach(function (w) { list.appendChild(el('li', { text: w.where + ': ' + w.message })); });
        box.firstChild.appendChild(el('p', { 'class': 'mb-1 mt-2 fw-semibold', text: t('readWarnings') }));
        box.firstChild.appendChild(list);
        warnings.appendChild(el('li', { 'class': 'fw-semibold list-unstyled', text: t('readWarnings') }));
        r.json.warnings.forEach(function (w) { warnings.appendChild(el('li', { text: w.where + ': ' + w.message })); });
      }
      render();
      bootstrap.Tab.getOrCreateInstance(document.getElementById('tab-builder-btn')).show();
    }, function () { status('import-status', t('failed'), 'danger'); });
  });

  // A version opened for editing (?from=) starts in the builder.
  if (yamlArea.value.trim()) { yamlDirty = true; fromYaml(); }
})();
