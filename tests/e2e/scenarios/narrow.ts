import type { TargetSession } from '../target-session';

// Nothing scrolls sideways and nothing is cut off at the right edge: the page itself, every
// scroll container inside it (the panel's content scrolls in its own region), and every visible
// element's box. Run in the page as `(${SIDEWAYS})(document, window)`; returns what sticks out.

export const SIDEWAYS = `function (doc, win) {
  const width = doc.documentElement.clientWidth;
  const name = (el) => {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/)[0] : '';
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30);
    return el.tagName.toLowerCase() + cls + (text ? ' "' + text + '"' : '');
  };
  const out = [];
  if (doc.documentElement.scrollWidth > width + 1)
    out.push('the page is ' + doc.documentElement.scrollWidth + 'px wide in a ' + width + 'px view');
  for (const el of doc.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden')) continue;
    const cs = win.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    if (/auto|scroll/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
      out.push(name(el) + ' scrolls sideways (' + el.scrollWidth + 'px in ' + el.clientWidth + 'px)');
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && (r.right > width + 1 || r.left < -1))
      out.push(name(el) + ' reaches ' + Math.round(r.left) + '–' + Math.round(r.right) + 'px of ' + width);
  }
  return out;
}`;

/** Sets the page's width (CSS px) as a narrow side panel has it; null restores the real one. */
export async function setWidth(target: TargetSession, width: number | null): Promise<void> {
  if (width === null) await target.send('Emulation.clearDeviceMetricsOverride');
  else
    await target.send('Emulation.setDeviceMetricsOverride', {
      width,
      height: 800,
      deviceScaleFactor: 1,
      mobile: false,
    });
  // Let layout settle.
  await new Promise((r) => setTimeout(r, 300));
}

/**
 * Throws, naming what sticks out, when anything scrolls sideways at `width` px. First it shows
 * that it can fail: a box wider than the view, put in for a moment, must be found.
 */
export async function fitsWidth(target: TargetSession, width: number, what: string): Promise<void> {
  await setWidth(target, width);
  try {
    const seen = await target.evaluate<{ view: number; caught: number }>(`(() => {
      const probe = document.createElement('div');
      probe.style.width = '${width + 80}px';
      probe.style.height = '1px';
      (document.querySelector('main') || document.body).append(probe);
      const caught = (${SIDEWAYS})(document, window).length;
      probe.remove();
      // innerWidth: the view with its scroll bar, if any (the content gets the rest).
      return { view: window.innerWidth, caught };
    })()`);
    if (seen.view !== width) throw new Error(`${what}: the view is ${seen.view}px, not ${width}px`);
    if (!seen.caught) throw new Error(`${what}: the check missed a box wider than the view`);
    const wide = await target.evaluate<string[]>(`(${SIDEWAYS})(document, window)`);
    if (wide.length)
      throw new Error(
        `${what} at ${width}px: ${wide.length} thing(s) stick out: ${wide.slice(0, 6).join('; ')}`,
      );
  } finally {
    await setWidth(target, null);
  }
}
