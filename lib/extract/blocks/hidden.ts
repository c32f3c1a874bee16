// Hidden text: the one decision, made the same way on every path (the CLI reads the raw HTML, the
// webmail cleaner removes what this module calls hidden before it drops styles). An element is
// hidden by its `hidden` / `aria-hidden` attribute, a class named for hiding (preheader, sr-only),
// its inline style, or the email's own <style> rules. Rules are read with simple selectors only
// (tag, .class, #id and compounds of them; of a descendant selector, its last compound when that
// names a class or id), outside any @media block (those restyle for phones, not the desktop
// reader); one pass over the sheet, one index lookup per element: linear in the email.

/** Inherited visibility along the walk (a bit set): text under any of them is not shown. */
export const FONT_ZERO = 1;
export const INVISIBLE_TEXT = 2;
export const TRANSPARENT = 4;
/** What `enter` returns for an element whose whole subtree is hidden. */
export const HIDDEN = -1;

const HIDDEN_CLASS =
  /^(hidden|hide|mso-hide|sr-only|visually-hidden|[\w-]*pre-?header[\w-]*|[\w-]*preview-?text[\w-]*)$/i;

/** The properties that can hide text; rules setting none of them are not kept. */
const PROPS = new Set([
  'display',
  'visibility',
  'opacity',
  'mso-hide',
  'max-height',
  'height',
  'max-width',
  'width',
  'overflow',
  'font-size',
  'left',
  'top',
  'margin-left',
  'margin-top',
  'text-indent',
  'clip',
  'clip-path',
  'transform',
  'color',
]);

/** A sheet larger than this is read up to here (a real newsletter's styles are a few KB). */
const MAX_SHEET_CHARS = 200_000;
/** Rules kept per index key: the last ones win the cascade; a flood of them cannot go quadratic. */
const MAX_RULES_PER_KEY = 32;

interface Decl {
  value: string;
  important: boolean;
}

interface Rule {
  tag: string | null;
  id: string | null;
  classes: string[];
  specificity: number;
  order: number;
  decls: Map<string, Decl>;
}

export interface StyleRules {
  byId: Map<string, Rule[]>;
  byClass: Map<string, Rule[]>;
  byTag: Map<string, Rule[]>;
  size: number;
}

export const NO_RULES: StyleRules = {
  byId: new Map(),
  byClass: new Map(),
  byTag: new Map(),
  size: 0,
};

/** `prop: value; …` into a map of the properties that matter here (lower-cased). */
export function parseDeclarations(text: string, into = new Map<string, Decl>()): Map<string, Decl> {
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    if (!PROPS.has(prop)) continue;
    let value = part
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const bang = value.indexOf('!');
    const important = bang >= 0 && value.slice(bang + 1).trim() === 'important';
    if (bang >= 0) value = value.slice(0, bang).trim();
    into.set(prop, { value, important });
  }
  return into;
}

/** Text without its /* comments *\/ (a scan, not a pattern). */
function withoutComments(css: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = css.indexOf('/*', from);
    if (open < 0) return out + css.slice(from);
    out += css.slice(from, open) + ' ';
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    from = close + 2;
  }
}

const COMPOUND = /^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$/i;

/** The compound an element must match for `selector` (see the header), or null to ignore it. */
function subjectOf(selector: string): Omit<Rule, 'order' | 'decls'> | null {
  const s = selector.trim();
  if (!s) return null;
  let start = s.length;
  while (start > 0 && !' \t\n\r\f>+~'.includes(s[start - 1]!)) start--;
  const last = s.slice(start);
  const combined = start > 0;
  const m = COMPOUND.exec(last);
  if (!m || last === '') return null;
  const tag = m[1] ? m[1].toUpperCase() : null;
  let id: string | null = null;
  const classes: string[] = [];
  for (const piece of (m[2] ?? '').split(/(?=[.#])/)) {
    if (piece.startsWith('#')) id = piece.slice(1).toLowerCase();
    else if (piece.startsWith('.')) classes.push(piece.slice(1).toLowerCase());
  }
  // `.open p` must not hide every paragraph: of a combined selector only a class or id subject.
  if (combined && !id && classes.length === 0) return null;
  const specificity = (id ? 100 : 0) + classes.length * 10 + (tag ? 1 : 0);
  return { tag, id, classes, specificity };
}

function addRule(rules: StyleRules, rule: Rule): void {
  const [map, key] = rule.id
    ? [rules.byId, rule.id]
    : rule.classes.length
      ? [rules.byClass, rule.classes[0]!]
      : [rules.byTag, rule.tag!];
  const list = map.get(key) ?? [];
  if (list.length >= MAX_RULES_PER_KEY) list.shift();
  list.push(rule);
  map.set(key, list);
  rules.size++;
}

/** The hiding-relevant rules of a style sheet's text, outside @-rule blocks. */
export function parseStyleSheet(css: string, rules: StyleRules = emptyRules()): StyleRules {
  const text = withoutComments(css.slice(0, MAX_SHEET_CHARS));
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const semi = text.indexOf(';', i);
    if (open < 0) break;
    // An at-rule without a block (`@import …;`, `@charset …;`) ends at its semicolon.
    if (semi >= 0 && semi < open && text.slice(i, semi).trim().startsWith('@')) {
      i = semi + 1;
      continue;
    }
    // A stray `}` before the selector (broken mail CSS) ends nothing: read what follows it.
    const raw = text.slice(i, open);
    const prelude = raw.slice(raw.lastIndexOf('}') + 1).trim();
    // The block's end, counting nested braces (an @media block holds whole rules).
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      const c = text.charCodeAt(j);
      if (c === 123) depth++;
      else if (c === 125) depth--;
    }
    const body = text.slice(open + 1, depth === 0 ? j - 1 : j);
    i = j;
    if (prelude.startsWith('@')) continue;
    const decls = parseDeclarations(body);
    if (decls.size === 0) continue;
    for (const selector of prelude.split(',')) {
      const subject = subjectOf(selector);
      if (subject) addRule(rules, { ...subject, order: rules.size, decls });
    }
  }
  return rules;
}

function emptyRules(): StyleRules {
  return { byId: new Map(), byClass: new Map(), byTag: new Map(), size: 0 };
}

/**
 * The <style> rules that apply to `root`'s content: the sheets inside it, and those in its
 * document's <head> when `root` is that document's whole body (a message in its own frame, or a
 * parsed email file), never the host page's own styles.
 */
export function styleRulesOf(root: Element | Document): StyleRules {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const whole = 'documentElement' in root || root === doc.body || root === doc.documentElement;
  const scope: ParentNode = whole ? doc : root;
  const sheets = Array.from(scope.querySelectorAll('style'));
  if (sheets.length === 0) return NO_RULES;
  const rules = emptyRules();
  let budget = MAX_SHEET_CHARS;
  for (const s of sheets) {
    if (budget <= 0) break;
    const css = (s.textContent ?? '').slice(0, budget);
    budget -= css.length;
    parseStyleSheet(css, rules);
  }
  return rules.size ? rules : NO_RULES;
}

/** A CSS length in px (em counted as 16px), or null when it is not a plain length. */
function lengthPx(value: string): number | null {
  let end = 0;
  while (end < value.length && /[-+.\d]/.test(value[end]!)) end++;
  if (end === 0) return null;
  const n = Number(value.slice(0, end));
  if (!Number.isFinite(n)) return null;
  const unit = value.slice(end).trim();
  if (unit === '' || unit === 'px') return n;
  if (unit === 'pt') return n * 1.333;
  if (unit === 'em' || unit === 'rem') return n * 16;
  if (unit === '%') return n === 0 ? 0 : null;
  return null;
}

const isZero = (v: string | undefined): boolean => v !== undefined && lengthPx(v) === 0;
/** Further off-screen than any layout puts real text. */
const OFF_SCREEN_PX = -999;

function boxHidden(d: Map<string, Decl>): boolean {
  const v = (p: string): string | undefined => d.get(p)?.value;
  if (v('display') === 'none' || v('mso-hide') === 'all') return true;
  const opacity = v('opacity');
  if (opacity !== undefined && opacity !== '' && Number(opacity.replace('%', '')) <= 0) return true;
  const clipped = v('overflow') === 'hidden';
  if (clipped && (isZero(v('max-height')) || isZero(v('height')))) return true;
  if (clipped && (isZero(v('max-width')) || isZero(v('width')))) return true;
  for (const p of ['left', 'top', 'margin-left', 'margin-top', 'text-indent']) {
    const px = v(p) === undefined ? null : lengthPx(v(p)!);
    if (px !== null && px <= OFF_SCREEN_PX) return true;
  }
  const clip = v('clip');
  if (clip?.startsWith('rect(') && !/[2-9]|1\d/.test(clip)) return true;
  const clipPath = v('clip-path');
  if (clipPath && /^(inset\(\s*(50|100)%|circle\(\s*0)/.test(clipPath)) return true;
  const transform = v('transform');
  if (transform && /scale[xy]?\(\s*0(\.0+)?\s*[,)]/.test(transform)) return true;
  return false;
}

/**
 * Whether a font-size makes text unreadable: true at 0 or 1px (a classic preheader trick), false
 * for an absolute size (px, pt, rem, keywords such as `small`), null for a size relative to the
 * parent's (em, %, smaller), which keeps the parent's answer.
 */
function fontSizeZero(size: string): boolean | null {
  if (/^[a-z-]+$/.test(size)) {
    return ['inherit', 'unset', 'smaller', 'larger'].includes(size) ? null : false;
  }
  const px = lengthPx(size);
  if (px === 0) return true;
  if (px === null || (size.endsWith('em') && !size.endsWith('rem'))) return null;
  return px <= 1;
}

/** The inherited flags after `d` applies to an element with parent flags `inherited`. */
function inheritedAfter(d: Map<string, Decl>, inherited: number): number {
  let flags = inherited;
  const size = d.get('font-size')?.value;
  if (size !== undefined) {
    const zero = fontSizeZero(size);
    if (zero !== null) flags = zero ? flags | FONT_ZERO : flags & ~FONT_ZERO;
  }
  const visibility = d.get('visibility')?.value;
  if (visibility === 'hidden' || visibility === 'collapse') flags |= INVISIBLE_TEXT;
  else if (visibility === 'visible') flags &= ~INVISIBLE_TEXT;
  const color = d.get('color')?.value;
  if (color !== undefined) {
    const clear = color === 'transparent' || zeroAlpha(color);
    flags = clear ? flags | TRANSPARENT : flags & ~TRANSPARENT;
  }
  return flags;
}

/** rgba(…, 0) / hsla(… / 0): the last argument, read without a pattern. */
function zeroAlpha(color: string): boolean {
  if (!color.startsWith('rgba(') && !color.startsWith('hsla(')) return false;
  const args = color.slice(5, color.lastIndexOf(')'));
  const cut = Math.max(args.lastIndexOf(','), args.lastIndexOf('/'));
  return cut >= 0 && lengthPx(args.slice(cut + 1).trim()) === 0;
}

/** The class attribute as written, without building a token list (linkedom makes one per call). */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

function matches(rule: Rule, tag: string, id: string | null, classes: string[]): boolean {
  if (rule.tag && rule.tag !== tag) return false;
  if (rule.id && rule.id !== id) return false;
  for (const c of rule.classes) if (!classes.includes(c)) return false;
  return true;
}

/** The cascaded declarations of `el`: matching rules by specificity and order, then its style. */
function cascade(el: Element, rules: StyleRules, style: string | null): Map<string, Decl> {
  const out = new Map<string, Decl>();
  if (rules.size > 0) {
    const tag = el.tagName.toUpperCase();
    const id = el.getAttribute('id')?.toLowerCase() ?? null;
    const cls = classOf(el);
    const classes = cls ? cls.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const found: Rule[] = [];
    const take = (list: Rule[] | undefined): void => {
      if (list) for (const r of list) if (matches(r, tag, id, classes)) found.push(r);
    };
    if (id) take(rules.byId.get(id));
    for (const c of new Set(classes)) take(rules.byClass.get(c));
    take(rules.byTag.get(tag));
    found.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    for (const r of found) for (const [p, d] of r.decls) put(out, p, d);
  }
  // The style attribute beats every rule, unless a rule says !important and it does not.
  if (style) for (const [p, d] of parseDeclarations(style)) put(out, p, d);
  return out;
}

function put(out: Map<string, Decl>, prop: string, d: Decl): void {
  const prev = out.get(prop);
  if (prev?.important && !d.important) return;
  out.set(prop, d);
}

/**
 * Entering `el` under inherited flags: HIDDEN when it and everything in it is hidden, else the
 * flags its children inherit. `style` is its style attribute when the caller already read it.
 */
export function enterElement(
  el: Element,
  rules: StyleRules,
  inherited: number,
  style: string | null = el.getAttribute('style'),
): number {
  const attrs = el.hasAttributes();
  if (!attrs && rules.size === 0) return inherited;
  if (attrs) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return HIDDEN;
    const cls = classOf(el);
    // Whole class tokens only: "hidden-mobile" / "mobile-hidden" content is shown on desktop.
    if (cls && cls.split(/\s+/).some((c) => HIDDEN_CLASS.test(c))) return HIDDEN;
  }
  if (!style && rules.size === 0) return inherited;
  const decls = cascade(el, rules, style);
  if (decls.size === 0) return inherited;
  return boxHidden(decls) ? HIDDEN : inheritedAfter(decls, inherited);
}

/** Text under these flags is not shown (whitespace may stay: it carries no words). */
export function textHidden(flags: number): boolean {
  return flags !== 0;
}

/**
 * The hidden elements and hidden non-blank text nodes under `root` (outermost only), by the same
 * decision as the blocks stage: what a cleaner removes before it drops the styles.
 */
export function hiddenNodes(root: Element, rules: StyleRules = styleRulesOf(root)): Node[] {
  const out: Node[] = [];
  const work: { node: Node; flags: number }[] = [{ node: root, flags: 0 }];
  while (work.length > 0) {
    const { node, flags } = work.pop()!;
    if (node.nodeType === 3) {
      if (textHidden(flags) && (node.nodeValue ?? '').trim()) out.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const next = enterElement(node as Element, rules, flags);
    if (next === HIDDEN) {
      if (node !== root) out.push(node);
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) work.push({ node: kids[i]!, flags: next });
  }
  return out;
}
