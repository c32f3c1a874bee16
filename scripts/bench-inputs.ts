import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEmailFile } from '../lib/email/load-file';
import type { EmailSnapshot } from '../lib/email/snapshot';

// The emails the benchmark measures: the project's samples and fixtures, and the shared corpus
// when it is checked out next to the project. Each comes with the HTML the reference extractors
// get: the email's own HTML, or, for a text email, an HTML rendering of its text.

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = resolve(projectRoot, '..', 'shared', 'corpus', 'raw');

export interface BenchEmail {
  /** Short name for the table. */
  name: string;
  group: 'samples' | 'fixtures' | 'corpus';
  path: string;
  bytes: number;
  snapshot: EmailSnapshot;
  /** What Readability and the bare parse are given. */
  html: string;
  /** True when `html` is a rendering of a text email (paragraphs in <p>), not the email's own. */
  rendered: boolean;
}

const SUPPORTED = /\.(eml|html?|txt)$/i;

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => SUPPORTED.test(n))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}

export function benchFiles(): { group: BenchEmail['group']; path: string }[] {
  const fixturesDir = join(projectRoot, 'tests', 'fixtures');
  const fixtureSources = existsSync(fixturesDir)
    ? readdirSync(fixturesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) =>
          filesIn(join(fixturesDir, d.name)).filter((p) => /\/source\.[^/]+$/.test(p)),
        )
    : [];
  return [
    ...filesIn(join(projectRoot, 'samples')).map((path) => ({ group: 'samples' as const, path })),
    ...fixtureSources.map((path) => ({ group: 'fixtures' as const, path })),
    ...filesIn(corpusDir).map((path) => ({ group: 'corpus' as const, path })),
  ];
}

/** Loads every bench email; files the loaders refuse are reported and skipped. */
export async function loadBenchEmails(
  onSkip: (path: string, reason: string) => void,
): Promise<BenchEmail[]> {
  const out: BenchEmail[] = [];
  for (const { group, path } of benchFiles()) {
    const content = await readFile(path);
    try {
      const snapshot = await loadEmailFile(path, content);
      const name =
        group === 'fixtures' ? `${basename(dirname(path))}/${basename(path)}` : basename(path);
      const own = snapshot.html && snapshot.html.trim() ? snapshot.html : null;
      out.push({
        name,
        group,
        path,
        bytes: content.length,
        snapshot,
        html: own ?? textToHtml(snapshot.text ?? ''),
        rendered: own === null,
      });
    } catch (e) {
      onSkip(path, e instanceof Error ? e.message : String(e));
    }
  }
  return out;
}

/** A text email as a reader would see it in HTML: each blank-line paragraph in a <p>. */
export function textToHtml(text: string): string {
  const paras = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html><head><title></title></head><body>${paras.join('\n')}</body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The same email repeated `times` times in one body (for the scaling run). */
export function repeatEmail(
  email: BenchEmail,
  times: number,
): { snapshot: EmailSnapshot; html: string } {
  if (email.rendered) {
    const text = Array.from({ length: times }, () => email.snapshot.text ?? '').join('\n\n');
    return { snapshot: { ...email.snapshot, text }, html: textToHtml(text) };
  }
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(email.html)?.[1] ?? email.html;
  const head = /<head\b[^>]*>[\s\S]*?<\/head>/i.exec(email.html)?.[0] ?? '<head></head>';
  const html = `<!doctype html><html>${head}<body>${body.repeat(times)}</body></html>`;
  return { snapshot: { ...email.snapshot, html }, html };
}
