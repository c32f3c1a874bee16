// Control characters in text taken from an email. A terminal acts on them: ESC sequences recolour
// or clear the screen (SGR, CSI), OSC 8 makes a hidden hyperlink, OSC 52 writes the clipboard; the
// 8-bit C1 forms (U+009B is CSI) do the same on some terminals; NUL ends a C string; bidi
// overrides and isolates make text read in another order than it is stored ("Trojan source").
// None of them is text a reader needs.

/**
 * One pass, alternatives keyed by their first character so nothing backtracks:
 * - CSI (ESC [ or U+009B): parameter bytes, intermediate bytes, one final byte;
 * - OSC, DCS, SOS, PM, APC (ESC ] P X ^ _ or U+009D U+0090 U+0098 U+009E U+009F): a string up to
 *   BEL or ST, or, unterminated, up to the next ESC (a terminal would swallow it all the same);
 * - any other ESC sequence: intermediate bytes and a final byte;
 * - a lone C0 or C1 control (tab, line feed and carriage return are handled by the caller);
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text without escape sequences, control characters (but tab, CR, LF) and bidi overrides. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL, '');
}

/** One line of text: controls removed, every run of whitespace (line breaks too) one space. */
export function oneLine(text: string): string {
  return stripControlChars(text).replace(/\s+/g, ' ').trim();
}

/** The text without NUL (a browser drops it from text too): it ends a string in C and terminals. */
export function withoutNul(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}

/** A copy of `value` (a Summary, say) with stripControlChars applied to every string in it. */
export function stripControlCharsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControlChars(value) as T;
  if (Array.isArray(value)) return value.map(stripControlCharsDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, stripControlCharsDeep(v)]),
    ) as T;
  }
  return value;
}

/**
 * JSON text safe to print on a terminal, meaning unchanged: JSON.stringify escapes C0 controls but
 * writes DEL, C1 controls, bidi controls and the line separators as they are; here they become
 * \u escapes too.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, unicodeEscape);
}

/** A character as a JSON/JavaScript `\uXXXX` escape (for a UTF-16 code unit). */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
