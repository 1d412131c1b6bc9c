// Reordering in the outline builder (template-builder.js): moves in a flat list of levelled items (a section owns the
// deeper ones after it), and native drag and drop by a handle, beside the up/down buttons that stay the keyboard's and
// the phone's way to move.
window.builderOrder = (function () {
  'use strict';

  /** The end (exclusive) of the block that item i heads: i and the deeper items after it. */
  function span(list, i) { var end = i + 1; while (end < list.length && list[end].level > list[i].level) { end++; } return end; }

  /** Up (dir -1) or down (+1) past the neighbouring block of the same level; false when there is none. */
  function moveBlock(list, i, dir) {
    var end = span(list, i); var block = list.slice(i, end);
    if (dir < 0) {
      var prev = i - 1; while (prev >= 0 && list[prev].level > list[i].level) { prev--; }
      if (prev < 0 || list[prev].level < list[i].level) { return false; }
      list.splice(i, block.length); list.splice.apply(list, [prev, 0].concat(block));
    } else {
      if (end >= list.length || list[end].level < list[i].level) { return false; }
      var nextEnd = span(list, end); list.splice(i, block.length);
      list.splice.apply(list, [nextEnd - block.length, 0].concat(block));
    }
    return true;
  }

  /**
   * The block headed by item {@code from} dropped before (or after, with what it owns) item {@code to}: it becomes the
   * target's sibling, its own deeper items following by as many levels. Items without levels move alone. False when
   * dropped on itself or inside its own block.
   */
  function moveTo(list, from, to, after) {
    var levelled = list[from] && list[from].level !== undefined;
    var end = levelled ? span(list, from) : from + 1;
    if (to >= from && to < end) { return false; }
    var block = list.splice(from, end - from);
    var at = to > from ? to - block.length : to;
    if (levelled) {
      var delta = list[at].level - block[0].level;
      block.forEach(function (x) { x.level += delta; });
    }
    var insert = after ? (levelled ? span(list, at) : at + 1) : at;
    list.splice.apply(list, [insert, 0].concat(block));
    return true;
  }

  var dragging = null; // { box, index, item } while a handle is dragged

  function clearMarks(box) {
    box.querySelectorAll('.builder-drop-before, .builder-drop-after, .builder-dragging').forEach(function (x) {
      x.classList.remove('builder-drop-before', 'builder-drop-after', 'builder-dragging');
    });
  }
  function itemOf(box, target, selector) {
    var item = target && target.closest ? target.closest(selector) : null;
    return item && item.parentElement === box ? item : null;
  }
  function below(item, e) { var r = item.getBoundingClientRect(); return e.clientY > r.top + r.height / 2; }

  /**
   * Drag and drop among the children of {@code box} matching {@code selector} (each with data-index), by their
   * {@code handle}s; {@code onMove(from, to, after)} reorders the model and draws the list again. Listeners are set
   * once per box, so that drawing the list anew does not add more.
   */
  function sortable(box, selector, handle, onMove) {
    if (box.dataset.sortable) { return; }
    box.dataset.sortable = '1';
    box.addEventListener('dragstart', function (e) {
      var grip = e.target.closest ? e.target.closest(handle) : null;
      var item = grip ? itemOf(box, grip, selector) : null;
      if (!item) { return; }
      dragging = { box: box, index: Number(item.dataset.index), item: item };
      item.classList.add('builder-dragging');
      if (e.dataTransfer) {
        e.dataTransfer.effectAllowed = 'move';
        try { e.dataTransfer.setData('text/plain', item.dataset.index); e.dataTransfer.setDragImage(item, 16, 16); } catch (x) { /* a synthetic event */ }
      }
    });
    box.addEventListener('dragover', function (e) {
      var item = dragging && dragging.box === box ? itemOf(box, e.target, selector) : null;
      if (!item) { return; }
      e.preventDefault();
      if (e.dataTransfer) { e.dataTransfer.dropEffect = 'move'; }
      var after = below(item, e);
      box.querySelectorAll('.builder-drop-before, .builder-drop-after').forEach(function (x) { if (x !== item) { x.classList.remove('builder-drop-before', 'builder-drop-after'); } });
      item.classList.toggle('builder-drop-after', after);
      item.classList.toggle('builder-drop-before', !after);
    });
    box.addEventListener('dragleave', function (e) {
      var item = itemOf(box, e.target, selector);
      if (item && !item.contains(e.relatedTarget)) { item.classList.remove('builder-drop-before', 'builder-drop-after'); }
    });
    box.addEventListener('drop', function (e) {
      var item = dragging && dragging.box === box ? itemOf(box, e.target, selector) : null;
      if (!item) { return; }
      e.preventDefault();
      var from = dragging.index; var to = Number(item.dataset.index); var after = below(item, e);
      dragging = null;
      clearMarks(box);
      onMove(from, to, after);
    });
    box.addEventListener('dragend', function () { dragging = null; clearMarks(box); });
  }

  return { span: span, moveBlock: moveBlock, moveTo: moveTo, sortable: sortable };
})();
