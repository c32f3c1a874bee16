import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadEmailFile } from '../lib/email/load-file';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import type { Summary } from '../lib/schema';
import type { EmailSnapshot } from '../lib/email/snapshot';
import {
  authorsMatch,
  dateMatches,
  headlineMatches,
  pct,
  publicationMatches,
  scoreActions,
  scoreQuotes,
  type Ratio,
} from './eval-score';

// npm run eval [-- DIR] [--verbose] [--json] [--split]
// Scores summarise() on a folder of emails plus labels.json (format: the corpus README).

const USAGE = 'usage: npm run eval -- [DIR] [--verbose] [--json] [--baseline] [--split]';
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const LabelSchema = z.object({
  file: z.string(),
  headline: z.string().nullable(),
  dek: z.string().nullable().optional(),
  authors: z.array(z.string()),
  publication: z.string().nullable(),
  sender: z.string().nullable().optional(),
  date: z.string().nullable(),
  isDigest: z.boolean(),
  quotesComplete: z.boolean(),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable() })),
  ctas: z.array(
    z.object({
      label: z.string(),
      kind: z.string(),
      url: z.string().nullable(),
      date: z.string().nullable(),
    }),
  ),
  items: z.array(z.unknown()).optional(),
  notes: z.string().optional(),
});
type Label = z.infer<typeof LabelSchema>;

const FIELDS = [
  'headline',
  'authors',
  'publication',
  'date',
  'digest',
  'quote precision',
  'quote recall',
  'speaker accuracy',
  'action precision',
  'action recall',
] as const;
type Field = (typeof FIELDS)[number];

interface FileResult {
  file: string;
  error: string | null;
  ms: number;
  misses: string[];
  half: Half;
}

interface Args {
  dir: string;
  verbose: boolean;
  json: boolean;
  /** Score the read-later baseline (Subject as headline, From name as author and publication). */
  baseline: boolean;
  /** Also score two halves split by publisher: the gap between them is the overfitting. */
  split: boolean;
}

type Half = 'tune' | 'check';

/**
 * Which half a label falls in: by a hash of its publisher (publication, else sender, else file),
 * so every email of one publisher lands on the same side and a rule tuned on one side is tested
 * on publishers it never saw.
 */
function halfOf(label: { publication: string | null; sender?: string | null; file: string }): Half {
  const key = (label.publication ?? label.sender ?? label.file)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  // FNV-1a: stable across runs and machines.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tune' : 'check';
}

function parseArgs(argv: string[]): Args | string {
  let dir: string | null = null;
  let verbose = false;
  let json = false;
  let baseline = false;
  let split = false;
  for (const a of argv) {
    if (a === '--split') {
      split = true;
      continue;
    }
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--json') json = true;
    else if (a === '--baseline') baseline = true;
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `unknown option ${a}\n${USAGE}`;
    else if (dir === null) dir = a;
    else return `only one DIR\n${USAGE}`;
  }
  return {
    dir: dir ? resolve(dir) : resolve(projectRoot, '..', 'shared', 'corpus'),
    verbose,
    json,
    baseline,
    split,
  };
}

function locate(dir: string, file: string): string | null {
  for (const p of [join(dir, 'raw', file), join(dir, file)]) if (existsSync(p)) return p;
  return null;
}

const show = (v: unknown): string => JSON.stringify(v);

/** What read-later services do: the Subject, the From name, the message date; nothing else. */
function readLaterBaseline(s: Summary, snapshot: EmailSnapshot): Summary {
  const from = snapshot.from.name;
  return {
    ...s,
    headline: snapshot.subject,
    dek: null,
    authors: from ? [from] : [],
    publication: from,
    date: snapshot.date ? snapshot.date.slice(0, 10) : null,
    isDigest: false,
    quotes: [],
    actions: [],
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return args === USAGE ? 0 : 2;
  }
  const labelsPath = join(args.dir, 'labels.json');
  if (!existsSync(labelsPath)) {
    process.stdout.write(
      `eval: no labelled corpus at ${args.dir} (expected ${labelsPath}); nothing to score.\n`,
    );
    return 0;
  }
  let labels: Label[];
  try {
    labels = z.array(LabelSchema).parse(JSON.parse(await readFile(labelsPath, 'utf8')));
  } catch (e) {
    process.stderr.write(`eval: ${labelsPath} is not a valid labels file: ${String(e)}\n`);
    return 2;
  }

  const fresh = (): Map<Field, Ratio> => new Map(FIELDS.map((f) => [f, { hit: 0, n: 0 }]));
  const totals = fresh();
  const halves: Record<Half, Map<Field, Ratio>> = { tune: fresh(), check: fresh() };
  const halfFiles: Record<Half, number> = { tune: 0, check: 0 };
  let half: Half = 'tune';
  const add = (f: Field, hit: number, n = 1): void => {
    for (const m of [totals, halves[half]]) {
      const t = m.get(f)!;
      t.hit += hit;
      t.n += n;
    }
  };
  const results: FileResult[] = [];

  for (const label of labels) {
    half = halfOf(label);
    halfFiles[half]++;
    const started = performance.now();
    const result: FileResult = { file: label.file, error: null, ms: 0, misses: [], half };
    results.push(result);
    let s: Summary | null = null;
    const path = locate(args.dir, label.file);
    try {
      if (!path) throw new Error('file not found');
      const snapshot = await loadEmailFile(label.file, await readFile(path));
      s = summarise(snapshot, { parseHtml: parseHtmlNode });
      if (args.baseline) s = readLaterBaseline(s, snapshot);
    } catch (e) {
      result.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    }
    result.ms = Math.round(performance.now() - started);
    const miss = (field: string, got: unknown, want: unknown): void => {
      result.misses.push(`${field}: got ${show(got)}, want ${show(want)}`);
    };

    // A file that fails to load or parse counts as a miss on every field it is scored on.
    const ok = (field: Field, pass: boolean, got: unknown, want: unknown): void => {
      add(field, pass ? 1 : 0);
      if (!pass) miss(field, got, want);
    };
    ok('headline', !!s && headlineMatches(s.headline, label.headline), s?.headline, label.headline);
    ok('authors', !!s && authorsMatch(s.authors, label.authors), s?.authors, label.authors);
    ok(
      'publication',
      !!s && publicationMatches(s.publication, label.publication),
      s?.publication,
      label.publication,
    );
    ok('date', !!s && dateMatches(s.date, label.date), s?.date, label.date);
    ok('digest', !!s && s.isDigest === label.isDigest, s?.isDigest, label.isDigest);

    if (label.quotesComplete) {
      const q = scoreQuotes(s?.quotes ?? [], label.quotes);
      add('quote precision', q.precision.hit, q.precision.n);
      add('quote recall', q.recall.hit, q.recall.n);
      add('speaker accuracy', q.speaker.hit, q.speaker.n);
      for (const t of q.missed) result.misses.push(`quote missed: ${show(t)}`);
      for (const t of q.extra) result.misses.push(`quote extra: ${show(t)}`);
      for (const w of q.wrongSpeaker)
        result.misses.push(
          `speaker: ${show(w.text.slice(0, 60))} got ${show(w.got)}, want ${show(w.want)}`,
        );
    }
    const a = scoreActions(s?.actions ?? [], label.ctas);
    add('action precision', a.precision.hit, a.precision.n);
    add('action recall', a.recall.hit, a.recall.n);
    for (const m of a.missed)
      result.misses.push(
        `action missed: [${m.kind}] ${show(m.label)}${m.date ? ` ${m.date}` : ''}`,
      );
    for (const x of a.extra)
      result.misses.push(`action extra: [${x.kind}] ${show(x.label)}${x.date ? ` ${x.date}` : ''}`);
  }

  const table = FIELDS.map((f) => {
    const t = totals.get(f)!;
    const tune = halves.tune.get(f)!;
    const check = halves.check.get(f)!;
    return {
      field: f,
      score: pct(t),
      hit: t.hit,
      n: t.n,
      tune: { score: pct(tune), n: tune.n },
      check: { score: pct(check), n: check.n },
    };
  });
  const failed = results.filter((r) => r.error);

  if (args.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          dir: args.dir,
          baseline: args.baseline,
          files: labels.length,
          errors: failed.map((r) => ({ file: r.file, error: r.error })),
          fields: Object.fromEntries(
            table.map((r) => [
              r.field,
              {
                score: r.score,
                hit: r.hit,
                n: r.n,
                ...(args.split ? { tune: r.tune, check: r.check } : {}),
              },
            ]),
          ),
          ...(args.verbose
            ? {
                perFile: results.map((r) => ({
                  file: r.file,
                  ms: r.ms,
                  error: r.error,
                  misses: r.misses,
                })),
              }
            : {}),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }

  const out: string[] = [];
  if (args.verbose) {
    for (const r of results) {
      if (!r.error && r.misses.length === 0) continue;
      out.push(`${r.file} (${r.ms} ms)${args.split ? ` [${r.half}]` : ''}`);
      if (r.error) out.push(`  ERROR: ${r.error}`);
      for (const m of r.misses) out.push(`  ${m.length > 240 ? `${m.slice(0, 237)}...` : m}`);
      out.push('');
    }
  }
  if (args.baseline) {
    out.push('baseline: Subject, From name and message date (what read-later services show)');
  }
  out.push(
    `corpus: ${args.dir} (${labels.length} files${failed.length ? `, ${failed.length} failed to load` : ''})`,
  );
  out.push('');
  const w = Math.max(...FIELDS.map((f) => f.length));
  const fmt = (v: number | null): string => (v === null ? '–' : `${v.toFixed(1)} %`);
  if (args.split) {
    out.push(
      `split by publisher: tune ${halfFiles.tune} files, check ${halfFiles.check} files`,
      '',
      `${'field'.padEnd(w)}  ${'all'.padStart(7)}  ${'tune'.padStart(7)}  ${'check'.padStart(7)}  ${'gap'.padStart(7)}  ${'n'.padStart(5)}`,
      `${'-'.repeat(w)}  ${'-'.repeat(7)}  ${'-'.repeat(7)}  ${'-'.repeat(7)}  ${'-'.repeat(7)}  ${'-'.repeat(5)}`,
    );
    for (const r of table) {
      const gap =
        r.tune.score === null || r.check.score === null
          ? '–'
          : `${(r.tune.score - r.check.score).toFixed(1)}`;
      out.push(
        `${r.field.padEnd(w)}  ${fmt(r.score).padStart(7)}  ${fmt(r.tune.score).padStart(7)}  ${fmt(r.check.score).padStart(7)}  ${gap.padStart(7)}  ${String(r.n).padStart(5)}`,
      );
    }
  } else {
    out.push(`${'field'.padEnd(w)}  ${'score'.padStart(7)}  ${'n'.padStart(5)}`);
    out.push(`${'-'.repeat(w)}  ${'-'.repeat(7)}  ${'-'.repeat(5)}`);
    for (const r of table) {
      out.push(`${r.field.padEnd(w)}  ${fmt(r.score).padStart(7)}  ${String(r.n).padStart(5)}`);
    }
  }
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), results[0]!);
  const total = results.reduce((n, r) => n + r.ms, 0);
  if (results.length) {
    out.push('', `time: ${total} ms in all, slowest ${slowest.file} (${slowest.ms} ms)`);
  }
  if (failed.length && !args.verbose)
    out.push('', ...failed.map((r) => `failed: ${r.file}: ${r.error}`));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
