import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

// linkedom gives every node it creates (each element, text node and attribute) an entry in a
// module-wide WeakMap holding a fresh Map for event listeners, which the parser never adds. On a
// 70 KB newsletter that is thousands of WeakMap entries and Maps per message: in a profile of the
// archive worker the constructor was its largest single function, and ephemeron entries make every
// scavenge dearer. The archive workers' bundle creates the listener map on first use instead; the
// behaviour of add/remove/dispatchEvent is unchanged. Applied only when the installed linkedom's
// source is exactly as expected; otherwise it is bundled as it is.

/** linkedom's event-target module (any install layout). */
export const EVENT_TARGET_MODULE = /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/;

const EAGER_MAP = 'constructor() {\n    wm.set(this, new Map);\n  }';
const MAP_OF_THIS = 'const map = wm.get(this);';
const LAZY_MAP = 'let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));';

const count = (text: string, part: string) => text.split(part).length - 1;

/** The module with listener maps made on first use; null when its source is not the expected one. */
export function lazyEventTarget(source: string): string | null {
  const src = source.replace(/\r\n/g, '\n');
  if (count(src, EAGER_MAP) !== 1 || count(src, MAP_OF_THIS) !== 2) return null;
  return src.replace(EAGER_MAP, 'constructor() {}').replaceAll(MAP_OF_THIS, LAZY_MAP);
}

/** The esbuild plugin that bundles linkedom's event target through lazyEventTarget. */
export const lazyEventTargetPlugin: Plugin = {
  name: 'mailgist-lazy-event-target',
  setup(build) {
    build.onLoad({ filter: EVENT_TARGET_MODULE }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: lazyEventTarget(source) ?? source, loader: 'js' };
    });
  },
};
