import { unicodeEscape } from '../lib/control-chars';

// Errors and names as one line for stderr: `mailgist: <where>: <why>`.

/**
 * A path (or any text from outside) as one line a terminal shows as it is: control characters
 * (a newline in a file name), C1 controls and bidi overrides (a name that reads backwards) are
 * shown escaped.
 */
export function printable(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c < ' ' ? JSON.stringify(c).slice(1, -1) : unicodeEscape(c),
  );
}

export function describe(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = (e as { code: string }).code;
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  const msg = e instanceof Error ? e.message : String(e);
  return printable(msg.split('\n')[0] ?? 'error');
}
