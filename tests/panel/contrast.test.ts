import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The theme tokens in components/base.css, read as the browser reads them, held to WCAG AA:
// 4.5:1 for text, 3:1 for control boundaries and the focus ring, in the light and the dark theme.

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = readFileSync(join(ROOT, 'components', 'base.css'), 'utf8');

/** The custom properties declared in the first block after `selector`. */
function tokens(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} in base.css`);
  const open = css.indexOf('{', start);
  const block = css.slice(open + 1, css.indexOf('}', open));
  const out = new Map<string, string>();
  for (const m of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,8})\s*;/gi))
    out.set(m[1]!, m[2]!.toLowerCase());
  return out;
}

function channel(hex: string, i: number): number {
  const full =
    hex.length === 4
      ? hex
          .slice(1)
          .split('')
          .map((c) => c + c)
          .join('')
      : hex.slice(1, 7);
  const v = parseInt(full.slice(i * 2, i * 2 + 2), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

const luminance = (hex: string) =>
  0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = tokens(BASE, ':root {');
const dark = new Map([...light, ...tokens(BASE, ":root[data-theme='dark'] {")]);
const systemDark = new Map([...light, ...tokens(BASE, ":root:not([data-theme='light']) {")]);

/** [foreground, background, minimum ratio, where it is used] */
const PAIRS: [string, string, number, string][] = [
  ['text', 'bg', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'button labels'],
  ['text', 'warning-bg', 4.5, 'warnings'],
  ['muted', 'bg', 4.5, 'hints, hosts, meta'],
  ['muted', 'surface', 4.5, 'year on the date tile, quiet notes'],
  ['accent', 'bg', 4.5, 'links, kickers'],
  ['accent', 'surface', 4.5, 'action icons, done buttons'],
  ['accent-text', 'accent', 4.5, 'primary and pressed buttons, the date tile month'],
  ['danger', 'bg', 4.5, 'danger text'],
  ['danger', 'surface', 4.5, 'danger buttons'],
  ['toast-text', 'toast-bg', 4.5, 'confirmations and Undo rows'],
  ['toast-error-text', 'toast-error-bg', 4.5, 'error notices'],
  ['border', 'bg', 3, 'control boundaries'],
  ['border', 'surface', 3, 'control boundaries on a surface'],
  ['focus', 'bg', 3, 'focus ring'],
];

describe('theme contrast (WCAG AA)', () => {
  it('reads the calculation right: black on white is 21:1, and the old dark error toast 2.39:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#f28b82')).toBeCloseTo(2.39, 2);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
    ['dark (system)', systemDark],
  ] as const) {
    it(`every text and control colour of the ${name} theme is readable`, () => {
      const failing = PAIRS.flatMap(([fg, bg, min, use]) => {
        const a = theme.get(fg);
        const b = theme.get(bg);
        if (!a || !b) return [`--${fg} or --${bg} is missing`];
        const ratio = contrast(a, b);
        return ratio >= min ? [] : [`${use}: --${fg} on --${bg} is ${ratio.toFixed(2)}:1 < ${min}`];
      });
      expect(failing).toEqual([]);
    });
  }

  it('the system dark theme and the chosen dark theme are the same colours', () => {
    expect(systemDark).toEqual(dark);
  });

  it('no style sheet writes a colour outside the theme tokens (each would escape this test)', () => {
    const sheets = [
      join(ROOT, 'components', 'base.css'),
      ...['sidepanel', 'options'].flatMap((dir) =>
        readdirSync(join(ROOT, 'entrypoints', dir))
          .filter((f) => f.endsWith('.css'))
          .map((f) => join(ROOT, 'entrypoints', dir, f)),
      ),
    ];
    const literal: string[] = [];
    for (const file of sheets) {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(
        /(?:^|[;{\s])((?:background|background-color|color|border-color|outline-color)\s*:[^;}]*)/g,
      )) {
        if (/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i.test(m[1]!))
          literal.push(`${file.slice(ROOT.length + 1)}: ${m[1]!.trim()}`);
      }
    }
    expect(literal).toEqual([]);
  });
});
