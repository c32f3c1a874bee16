import { loadEmailFile } from '../lib/email/load-file';

// Files built to hurt the loaders' own scans (issue 14, S3), each with a benign file of the same
// kind and size to compare with: shared by \`npm run bench\` and tests/email/loader-work.test.ts.

function benignHtml(size: number): string {
  const p = '<p>The council passed the budget late on Tuesday after a public hearing.</p>\n';
  return `<html><head><title>Budget</title></head><body>${p.repeat(Math.ceil(size / p.length))}</body></html>`;
}

function wrapperEml(body: string): string {
  const inner =
    'From: desk@example.org\r\nSubject: Inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Inner article.</p>\r\n';
  return `From: Sam <sam@example.org>\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}\r\n--b\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n${inner}\r\n--b--\r\n`;
}

/** Adversarial inputs by name: a file name (the loader) and the file of about `size` bytes. */
export const HOSTILE: Record<string, { name: string; make: (size: number) => string }> = {
  'unclosed <title> tags': {
    name: 'a.html',
    make: (n) => `<html><body>${'<title>'.repeat(n / 7)}</body></html>`,
  },
  '"<title" with no ">"': { name: 'a.html', make: (n) => `<p>x</p>${'<title '.repeat(n / 7)}` },
  'unclosed <meta tags in a non-UTF-8 file': {
    // Invalid UTF-8 (\xff) so the charset sniffing runs; it reads the first 4 KB only.
    name: 'a.html',
    make: (n) => `<p>\xff</p>${'<meta charset '.repeat(n / 14)}`,
  },
  'a wrapper message full of "<"': {
    name: 'a.eml',
    make: (n) => wrapperEml(`<p>x</p>${'<'.repeat(n)}`),
  },
};

export const BENIGN: Record<string, (size: number) => string> = {
  'a.html': benignHtml,
  'a.eml': (n) => wrapperEml(benignHtml(n)),
};

/** CPU milliseconds of loading `text` as file `name` (refused or not), best of `runs`. */
export async function loadMs(name: string, text: string, runs = 3): Promise<number> {
  const bytes = Buffer.from(text, 'latin1');
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    // CPU time of this process (the loaders are async: mailparser streams).
    const before = process.cpuUsage();
    await loadEmailFile(name, bytes).catch(() => undefined);
    const d = process.cpuUsage(before);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}
