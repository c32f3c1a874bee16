import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Bundle sizes of the three entries from a real production build, shared by `npm run bench` and
// the budget test. The entries are found through the built manifest, so a renamed file or an
// extra chunk is still counted; each entry's size is the sum of every file it loads.

// The side panel carries the whole parser, whose role, quote and action tables now cover seven
// languages (en, de, fr, es, nl, it, pt), with sync, the reading-list formats, the paced import,
// the undo stack and the brief's folds and calendar links (122.4 KB at the last raise): 128 KB
// gzipped leaves room for them and still loads in well under a frame on a slow machine. The
// next saving is loading the parser only when a page needs briefing. The content script stays
// lean (no parser, no zod).
export const BUDGETS_GZIP = { 'content script': 60 * 1024, 'side panel': 128 * 1024 } as const;

export type EntryName = 'content script' | 'background' | 'side panel';

export interface EntrySize {
  entry: EntryName;
  /** Which one, where an entry kind has several (one per content_scripts group). */
  label: string;
  /** Files the entry loads, relative to the build folder. */
  files: string[];
  /** Bytes as built (WXT minifies production builds). */
  bytes: number;
  /** Sum of each file gzipped on its own (each is fetched on its own). */
  gzip: number;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs `wxt build` into a fresh temporary folder (never the default .output, which a developer or
 * another build may be using) and returns the measured entries. The folder is removed afterwards.
 */
export function buildAndMeasure(): EntrySize[] {
  const outDir = mkdtempSync(join(tmpdir(), 'mailgist-size-'));
  try {
    const wxt = join(projectRoot, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
    const run = spawnSync(process.execPath, [wxt, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, MAILGIST_OUT_DIR: outDir, CI: '1' },
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    });
    if (run.status !== 0) {
      const tail = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-15);
      throw new Error(`wxt build failed (exit ${run.status}):\n${tail.join('\n')}`);
    }
    return measureBuild(join(outDir, 'chrome-mv3'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Measures an already-built extension folder (the one holding manifest.json). */
export function measureBuild(buildDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
  // Each content_scripts group is injected on its own pages, so each is one content script with
  // its own budget (summing them would count shared code twice and charge a page for a script it
  // never loads).
  const content = (manifest.content_scripts ?? []).map((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const panelPage = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel;
  return [
    ...content.map((files) => sizeOf(buildDir, 'content script', files)),
    sizeOf(buildDir, 'background', background),
    sizeOf(buildDir, 'side panel', panelPage ? [panelPage] : []),
  ];
}

function sizeOf(buildDir: string, entry: EntryName, roots: string[]): EntrySize {
  const files = closure(buildDir, roots);
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(buildDir, f));
    bytes += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  const label = roots[0] ? posix.basename(roots[0]).replace(/\.[^.]+$/, '') : entry;
  return { entry, label, files, bytes, gzip };
}

/** The files and everything they load: an HTML page's scripts and stylesheets, a script's imports. */
function closure(buildDir: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = roots.map((r) => posix.normalize(r.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(buildDir, file))) continue;
    seen.add(file);
    const text = readFileSync(join(buildDir, file), 'utf8');
    for (const ref of references(file, text)) queue.push(ref);
  }
  return [...seen];
}

function references(file: string, text: string): string[] {
  const refs: string[] = [];
  const base = posix.dirname(file);
  const add = (spec: string): void => {
    if (/^(?:[a-z]+:)?\/\//i.test(spec) || spec.startsWith('data:')) return;
    refs.push(spec.startsWith('/') ? posix.normalize(spec.slice(1)) : posix.join(base, spec));
  };
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) add(m[1]!);
    for (const m of text.matchAll(/<link\b[^>]*\bhref=["']([^"']+\.(?:js|css))["']/gi)) add(m[1]!);
  } else if (file.endsWith('.js')) {
    // Minified static and dynamic imports: `import"./a.js"`, `from"./b.js"`, `import("./c.js")`.
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{0,2}\/[^"']+\.js)["']/g))
      add(m[1]!);
  }
  return refs;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
