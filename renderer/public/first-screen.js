// A draft's first screen (see renderer/first-screen/README.md) is painted from the page itself,
// before the app's code has run; this small script, loaded right after it, keeps whatever is
// typed into it until the app takes over (renderer/first-screen/takeover.ts), in the spirit of an
// early event contract: text typed inside one paragraph appears at once (the browser types it)
// and is replayed into the editor; anything else (Enter, paste, shortcuts, a deletion across
// paragraphs) is held, shown only once the editor has it, and replayed in order after that.
(function () {
  'use strict';
  var root = document.getElementById('kp-first-screen');
  if (!root) return;
  var app = root.getAttribute('data-kp-app');
  var started = false;
  function startApp() {
    if (started || !app) return;
    started = true;
    import(new URL(app, document.baseURI).href);
  }
  // The side panel opens only in wide windows (renderer/main.tsx): a screen drawn with the other
  // layout would jump when the app takes over, so it is not shown at all.
  if ((root.getAttribute('data-kp-panel-open') === 'true') !== window.innerWidth >= 1100) {
    root.remove();
    startApp();
    return;
  }
  startAppWhenQuiet();
  var log = { typed: [], held: [], composing: null, pointOf: pointOf };
  window.__kpFirstScreen = log;

  function slateParent(node) {
    var parent = node.parentElement;
    return parent ? parent.closest('[data-slate-node]') : null;
  }
  function indexIn(parent, node) {
    var all = parent.querySelectorAll('[data-slate-node]');
    var n = 0;
    for (var i = 0; i < all.length; i++) {
      if (slateParent(all[i]) !== parent) continue;
      if (all[i] === node) return n;
      n++;
    }
    return -1;
  }
  // The first text node at or after a DOM position given as (element, child index).
  function textAt(el, offset) {
    var child = el.childNodes[offset];
    var walker = document.createTreeWalker(child || el, NodeFilter.SHOW_TEXT);
    var first = walker.nextNode();
    if (child && first) return { node: first, offset: 0 };
    if (child) return null;
    var last = null;
    for (var t = walker.nextNode() || first; t; t = walker.nextNode()) last = t;
    return last ? { node: last, offset: last.data.length } : null;
  }
  var strip = function (s) { return s.replace(/\uFEFF/g, ''); };

  /** A DOM position as { section, path, offset } of the draft's text, or null outside an editor's text. */
  function pointOf(container, offset) {
    var place = placeOf(container, offset);
    return place && place.point;
  }
  /** The point of a DOM position, and the length of the text it is in. */
  function placeOf(container, offset) {
    var at = container.nodeType === 3 ? { node: container, offset: offset } : textAt(container, offset);
    if (!at) return null;
    var leaf = at.node.parentElement && at.node.parentElement.closest('[data-slate-string],[data-slate-zero-width]');
    var text = leaf && leaf.closest('[data-slate-node="text"]');
    var section = text && text.closest('[data-kp-section]');
    if (!text || !section || !root.contains(text)) return null;
    var before = 0;
    var length = 0;
    var leaves = text.querySelectorAll('[data-slate-string],[data-slate-zero-width]');
    for (var i = 0; i < leaves.length; i++) {
      if (leaves[i] === leaf) before = length;
      length += strip(leaves[i].textContent).length;
    }
    var path = [];
    for (var n = text; n && n.getAttribute('data-slate-node') !== 'value'; n = slateParent(n)) {
      var parent = slateParent(n);
      if (!parent) return null;
      path.unshift(indexIn(parent, n));
    }
    var point = { section: section.getAttribute('data-kp-section'), path: path, offset: before + strip(at.node.data.slice(0, at.offset)).length };
    return { point: point, length: length };
  }
  function rangeOf(r) {
    var start = r && placeOf(r.startContainer, r.startOffset);
    var end = r && placeOf(r.endContainer, r.endOffset);
    return start && end ? { start: start.point, end: end.point, length: start.length } : null;
  }
  var sameText = function (a, b) { return a.section === b.section && a.path.join() === b.path.join(); };
  var selectionNow = function () {
    var s = document.getSelection();
    return s && s.rangeCount ? rangeOf(s.getRangeAt(0)) : null;
  };

  // Typed inside one paragraph's text: the browser may show it at once.
  var NATIVE = { insertText: 1, deleteContentBackward: 1, deleteContentForward: 1, deleteWordBackward: 1, deleteWordForward: 1 };
  function hold(entry) {
    if (!log.held.length) log.heldAt = selectionNow();
    if (log.heldAt) delete log.heldAt.length;
    log.held.push(entry);
  }
  root.addEventListener('beforeinput', function (e) {
    // Only the sections' text takes input before the app is there (fields are read-only).
    if (!(e.target instanceof Element) || !e.target.closest('[data-slate-editor]')) {
      e.preventDefault();
      return;
    }
    if (e.inputType === 'insertCompositionText') return;
    var range = rangeOf(e.getTargetRanges()[0]);
    // A deletion that would empty a text is held: the editor then drops that text, and the screen's
    // places would no longer be the draft's.
    var native = !log.held.length && NATIVE[e.inputType] && range && sameText(range.start, range.end)
      && (e.inputType === 'insertText' ? !!e.data : range.start.offset !== range.end.offset && range.end.offset - range.start.offset < range.length);
    if (native) {
      log.typed.push({ type: e.inputType, data: e.data, start: range.start, end: range.end });
      return;
    }
    e.preventDefault();
    var dt = e.dataTransfer;
    hold({ type: e.inputType, data: e.data || (dt ? dt.getData('text/plain') : null), html: dt ? dt.getData('text/html') : null });
  }, true);

  // A composed character (a dead key, an input method) is kept as the text it ends as.
  root.addEventListener('compositionstart', function () { log.composing = selectionNow(); }, true);
  root.addEventListener('compositionend', function (e) {
    var at = log.composing;
    log.composing = null;
    if (!e.data) return;
    if (at && !log.held.length) log.typed.push({ type: 'insertText', data: e.data, start: at.start, end: at.end });
    else hold({ type: 'insertText', data: e.data, html: null });
  }, true);

  // Moving, selecting and copying stay the browser's; any other shortcut waits for the app.
  var PASS = /^(Arrow(Left|Right|Up|Down)|Home|End|Page(Up|Down)|Shift|Control|Alt|Meta|AltGraph|CapsLock|[acvxACVX])$/;
  root.addEventListener('keydown', function (e) {
    if (e.isComposing) return;
    // AltGr (Ctrl+Alt on Windows) and Option type characters (@, {, ©): those are typing.
    if (e.altKey && !e.metaKey && Array.from(e.key).length === 1) return;
    var command = e.ctrlKey || e.metaKey || e.altKey;
    if (command ? PASS.test(e.key) : !/^(F\d+|Escape|Tab)$/.test(e.key)) return;
    e.preventDefault();
    hold({ type: 'key', key: e.key, code: e.code, ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey });
  }, true);
  // The app's start keeps the page busy for a moment (on two cores even its compiling, off the main
  // thread, slows the page down): it begins once the screen is on show and the user has paused (no
  // key, click or scroll for a quarter of a second, longer than between two keys typed), and in
  // any case within two seconds.
  function startAppWhenQuiet() {
    var QUIET_MS = 250;
    var AT_MOST_MS = 2000;
    var INPUT = ['keydown', 'pointerdown', 'beforeinput', 'wheel'];
    var last = 0;
    var seen = function () { last = performance.now(); };
    INPUT.forEach(function (type) { window.addEventListener(type, seen, true); });
    requestAnimationFrame(function () {
      var shown = performance.now();
      last = Math.max(last, shown);
      (function wait() {
        var now = performance.now();
        if (now - last < QUIET_MS && now - shown < AT_MOST_MS) return void setTimeout(wait, QUIET_MS - (now - last));
        INPUT.forEach(function (type) { window.removeEventListener(type, seen, true); });
        startApp();
      })();
    });
  }

  // The screen's text takes keys from now on, when they are kept (it is drawn not editable).
  root.querySelectorAll('[data-kp-editable]').forEach(function (el) { el.setAttribute('contenteditable', 'true'); });

  // Dropped files and text wait for the app, which knows what to do with them; a link in the text
  // is not followed away from the page (the app opens links with Ctrl+click, in their own window).
  root.addEventListener('drop', function (e) { e.preventDefault(); }, true);
  root.addEventListener('click', function (e) {
    if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
  }, true);
})();
