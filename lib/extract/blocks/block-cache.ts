import type { Block, EmailDoc } from './document';

// Derived data of a block (word count, …) computed once: the headline, section, reading-time,
// summary and action extractors all ask for the same numbers on the same blocks. Weak maps keyed
// by the document's own block objects go away with the document, so nothing grows across emails.
// Blocks are never mutated after buildDocument, so a cached answer cannot go stale.

/** The characters `\s` matches (the same set with or without the `u` flag). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Every character is ASCII (then case folding and \p{L} reduce to a-z). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Exactly `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` (sentences.ts
 * countWords), in one pass without building the word list: the Unicode class is consulted only
 * for non-ASCII characters of a word that has shown no letter or digit yet.
 */
export function countWordsFast(text: string): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    let hit: boolean;
    if (c < 128) {
      const lc = c | 32;
      hit = (lc >= 97 && lc <= 122) || (c >= 48 && c <= 57);
    } else {
      const cp = text.codePointAt(i)!;
      hit = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (hit) {
      counted = true;
      words++;
    }
  }
  return words;
}

/**
 * `Math.min(text.split(/\s+/).length, limit + 1)`: enough to tell "at most `limit` pieces" without
 * splitting a long paragraph into an array.
 */
export function piecesAtMost(text: string, limit: number): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (!inSpace) {
        inSpace = true;
        if (++pieces > limit) return limit + 1;
      }
    } else inSpace = false;
  }
  return pieces;
}

/** Exactly `text.split(/\s+/).filter(Boolean).length`: the runs of non-space characters. */
export function countTokens(text: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inToken = false;
    else if (!inToken) {
      inToken = true;
      n++;
    }
  }
  return n;
}

/**
 * Work shared between extractors for one summarise() call only (summarise is synchronous, so one
 * scope is open at a time). Nothing is kept from one email to the next: a benchmark that runs
 * the same email twice pays for it twice, as a user would.
 */
let scope: Map<string, unknown> | null = null;

/** Runs `fn` with a fresh shared scope, dropped when it returns. */
export function withSharedScope<T>(fn: () => T): T {
  const outer = scope;
  scope = new Map();
  try {
    return fn();
  } finally {
    scope = outer;
  }
}

/**
 * `compute(doc)` once per document: several extractors ask for the same reading (where the
 * headline is, the byline, the digest). The document is never mutated after buildDocument, so an
 * answer cannot go stale, and the weak map lets it go with the document.
 */
export function perDocument<T>(compute: (doc: EmailDoc) => T): (doc: EmailDoc) => T {
  const cache = new WeakMap<EmailDoc, T>();
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc) as T;
    const value = compute(doc);
    cache.set(doc, value);
    return value;
  };
}

/** The open scope's store, or null outside summarise() (then callers compute every time). */
export function sharedScope(): Map<string, unknown> | null {
  return scope;
}

const words = new WeakMap<Block, number>();

/** countWords(b.text), once per block. */
export function blockWords(b: Block): number {
  let n = words.get(b);
  if (n === undefined) {
    n = countWordsFast(b.text);
    words.set(b, n);
  }
  return n;
}

/** Per block, per key: a value derived from the block's text. */
const derived = new WeakMap<Block, Map<unknown, unknown>>();

/**
 * `compute(b.text)`, once per block and key. The key stands for the computation (e.g. the regex
 * it runs), so one key must always come with the same `compute`. The headline and publication
 * extractors run the same self-naming patterns over the same blocks.
 */
export function blockDerived<T>(b: Block, key: unknown, compute: (text: string) => T): T {
  let perBlock = derived.get(b);
  if (!perBlock) {
    perBlock = new Map();
    derived.set(b, perBlock);
  }
  if (perBlock.has(key)) return perBlock.get(key) as T;
  const v = compute(b.text);
  perBlock.set(key, v);
  return v;
}
