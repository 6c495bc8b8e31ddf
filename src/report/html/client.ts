/**
 * The report page's only script, inlined into the page (no network, no module). It
 * listens on the document, so it serves every report section of the page, also
 * sections replaced later (the paste page re-renders on each edit):
 *
 * - focusing a figure shows its details in a popover; clicking it, Enter or Space pins
 *   the popover and moves focus into it; Escape closes it and gives focus back;
 * - a contradiction's button highlights its figures together in the text;
 * - printing opens every folded list.
 *
 * It is plain ES2017 in a string, so the renderer returns it as is from Node or a
 * browser; the browser tests run it.
 */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  if (root.hasAttribute('data-wp-ready')) return;
  root.setAttribute('data-wp-ready', '');
  var pop = null, body = null, current = null, pinned = false, refocusing = false, pressed = null;

  function ensurePop() {
    pop = doc.getElementById('wp-pop');
    if (!pop) {
      pop = doc.createElement('div');
      pop.id = 'wp-pop';
      pop.className = 'wp-pop';
      pop.setAttribute('role', 'dialog');
      pop.hidden = true;
      pop.innerHTML = '<button type="button" class="wp-close">\u00d7</button><div class="wp-pop-body"></div>';
      doc.body.appendChild(pop);
    }
    body = pop.querySelector('.wp-pop-body');
    return pop;
  }
  function figOf(el) {
    return el && el.closest ? el.closest('.wp-fig') : null;
  }
  function position(mark) {
    if (window.matchMedia('(max-width: 640px)').matches) {
      pop.classList.add('wp-sheet');
      pop.style.left = '';
      pop.style.top = '';
      return;
    }
    pop.classList.remove('wp-sheet');
    var r = mark.getBoundingClientRect();
    var width = pop.offsetWidth;
    var viewport = doc.documentElement.clientWidth;
    var left = Math.max(8, Math.min(r.left, viewport - width - 8));
    pop.style.left = left + window.scrollX + 'px';
    // Below the figure, or above it when only there it fits.
    var height = pop.offsetHeight;
    var room = window.innerHeight;
    var above = r.bottom + 8 + height > room && r.top - 8 - height >= 0;
    pop.style.top = (above ? r.top - 8 - height : r.bottom + 8) + window.scrollY + 'px';
  }
  function show(mark, pin) {
    ensurePop();
    if (current !== mark) {
      if (current) current.setAttribute('aria-expanded', 'false');
      var t = doc.getElementById(mark.getAttribute('data-details') || '');
      body.innerHTML = '';
      if (t && t.content) body.appendChild(t.content.cloneNode(true));
      var section = mark.closest('.wp-report');
      var close = pop.querySelector('.wp-close');
      var label = section && section.getAttribute('data-close');
      if (label) close.setAttribute('aria-label', label);
      var heading = body.querySelector('h3');
      if (heading) {
        heading.id = 'wp-pop-title';
        pop.setAttribute('aria-labelledby', 'wp-pop-title');
      }
      if (section) pop.setAttribute('lang', section.getAttribute('lang') || '');
      pop.setAttribute('data-claims', mark.getAttribute('data-claims') || '');
      pop.setAttribute('data-for', mark.id);
      current = mark;
      pinned = false;
    }
    if (pin) pinned = true;
    mark.setAttribute('aria-expanded', 'true');
    pop.hidden = false;
    position(mark);
  }
  function hide(returnFocus) {
    if (!pop || pop.hidden) return;
    pop.hidden = true;
    pinned = false;
    var mark = current;
    current = null;
    if (mark) {
      mark.setAttribute('aria-expanded', 'false');
      if (returnFocus) {
        refocusing = true;
        mark.focus();
        refocusing = false;
      }
    }
  }
  function toggleConflict(button) {
    var id = button.getAttribute('data-wp-conflict');
    var on = button.getAttribute('aria-pressed') !== 'true';
    var section = button.closest('.wp-report') || doc;
    section.querySelectorAll('[data-wp-conflict]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    section.querySelectorAll('.wp-fig.wp-focus').forEach(function (f) { f.classList.remove('wp-focus'); });
    var text = section.querySelector('.wp-doc');
    if (text) text.classList.toggle('wp-focusing', on);
    if (!on) return;
    button.setAttribute('aria-pressed', 'true');
    var first = null;
    section.querySelectorAll('.wp-fig').forEach(function (f) {
      var ids = (f.getAttribute('data-conflicts') || '').split(' ');
      if (ids.indexOf(id) >= 0) {
        f.classList.add('wp-focus');
        if (!first) first = f;
      }
    });
    if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
  }

  // A pointer focuses a figure before it clicks it: the click shows the details, not
  // the focus (on a phone the sheet would rise under the finger and catch the click).
  doc.addEventListener('mousedown', function (e) {
    pressed = figOf(e.target);
  });
  doc.addEventListener('focusin', function (e) {
    if (refocusing) return;
    var mark = figOf(e.target);
    if (mark && mark === pressed) return;
    if (mark) {
      show(mark, false);
      return;
    }
    if (pop && !pop.hidden && !pop.contains(e.target)) hide(false);
  });
  doc.addEventListener('click', function (e) {
    var target = e.target;
    var mark = figOf(target);
    pressed = null;
    if (mark) {
      show(mark, true);
      return;
    }
    if (!target.closest) return;
    if (target.closest('.wp-close')) {
      hide(true);
      return;
    }
    var button = target.closest('[data-wp-conflict]');
    if (button) {
      toggleConflict(button);
      return;
    }
    if (pop && !pop.hidden && (!pop.contains(target) || target.closest('a'))) hide(false);
  });
  doc.addEventListener('keydown', function (e) {
    var mark = figOf(e.target);
    if (mark && (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar')) {
      e.preventDefault();
      show(mark, true);
      pop.querySelector('.wp-close').focus();
      return;
    }
    if (e.key === 'Escape' && pop && !pop.hidden) {
      e.preventDefault();
      hide(true);
    }
  });
  window.addEventListener('resize', function () {
    if (current && pop && !pop.hidden) position(current);
  });
  window.addEventListener('beforeprint', function () {
    hide(false);
    doc.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();`;
