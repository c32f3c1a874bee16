import { relative } from 'node:path';
import { Readability } from '@mozilla/readability';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import { ADVERSARIAL } from './adversarial-inputs';
import { loadBenchEmails, projectRoot, repeatEmail, type BenchEmail } from './bench-inputs';
import { measureMemory } from './bench-memory';
import { median, medianTimings, timed, useClock } from './bench-timing';
import type { ReadingListEntry } from '../lib/reading-list/entry';
import { exportJson, importJson } from '../lib/reading-list/format-json';
import { mergeIntoList } from '../lib/reading-list/merge-entries';
import { BUDGETS_GZIP, buildAndMeasure, formatKb } from './bundle-sizes';
import { BENIGN, HOSTILE, loadMs } from './bench-hostile-files';
import { archiveBench } from './bench-archive';
import { readingListBench } from './bench-reading-list';

// npm run bench [-- --rounds N] [--no-build] [--wall] [--archive N | --no-archive]
// Times summarise() against Mozilla Readability and against the bare HTML parse, in this process
// and on the same emails, so the ratios hold on any machine. The last two lines are
// `ratio vs readability: R` and `ratio vs parse: P` (medians over the emails measured).

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const ROUNDS = Math.max(3, Number(roundsArg >= 0 ? args[roundsArg + 1] : 9) || 9);
const WARMUP = 2;
const CLOCK = args.includes('--wall') ? 'wall' : 'cpu';
useClock(CLOCK);
const TARGETS = { readability: 1.0, parse: 3.0, scaling16: 20, merge2x: 3 };
const archiveArg = args.indexOf('--archive');
/** Newsletters in the archive row's mbox (the row needs at least 2,000 to count). */
const ARCHIVE_MESSAGES = Math.max(1, Number(archiveArg >= 0 ? args[archiveArg + 1] : 2000) || 2000);

interface Row {
  email: BenchEmail;
  ours: number;
  /** Parse + Readability.parse(): what a Readability-based brief costs end to end. */
  readability: number;
  /** Readability.parse() alone, on a document parsed beforehand. */
  readabilityOnly: number;
  parse: number;
}

function measureEmail(email: BenchEmail): Row {
  const t = medianTimings(
    () => {
      let doc: Document | undefined;
      const parse = timed(() => (doc = parseHtmlNode(email.html)));
      const readabilityOnly = timed(() => new Readability(doc!).parse());
      const ours = timed(() => summarise(email.snapshot, { parseHtml: parseHtmlNode }));
      return { parse, readabilityOnly, readability: parse + readabilityOnly, ours };
    },
    ROUNDS,
    WARMUP,
  );
  return { email, ...t };
}

const ms = (x: number): string => x.toFixed(2).padStart(9);
const ratio = (x: number): string => `${x.toFixed(2)}×`.padStart(8);
const pad = (s: string, n: number): string =>
  s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);

function printTable(rows: Row[]): void {
  const w = Math.min(46, Math.max(...rows.map((r) => r.email.name.length + 2), 10));
  console.log(
    `${pad('email', w)}     KB   ours ms   read ms  read-only   parse ms  ÷ read  ÷ parse`,
  );
  for (const r of rows) {
    const name = `${r.email.name}${r.email.rendered ? ' *' : ''}`;
    console.log(
      `${pad(name, w)} ${(r.email.bytes / 1024).toFixed(0).padStart(6)} ${ms(r.ours)} ${ms(r.readability)} ${ms(r.readabilityOnly).padStart(10)} ${ms(r.parse).padStart(10)} ${ratio(r.ours / r.readability)} ${ratio(r.ours / r.parse)}`,
    );
  }
}

function groupMedians(label: string, rows: Row[]): { read: number; parse: number } | null {
  if (rows.length === 0) return null;
  const read = median(rows.map((r) => r.ours / r.readability));
  const parse = median(rows.map((r) => r.ours / r.parse));
  const total = rows.reduce((s, r) => s + r.ours, 0);
  console.log(
    `${label.padEnd(10)} ${String(rows.length).padStart(3)} emails  ours median ${median(rows.map((r) => r.ours)).toFixed(2)} ms, total ${total.toFixed(1)} ms  ÷ readability ${read.toFixed(2)}×  ÷ parse ${parse.toFixed(2)}×`,
  );
  return { read, parse };
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

function scaling(email: BenchEmail): number {
  console.log(`\nScaling: ${email.name} repeated 1×, 4×, 16× (median of ${ROUNDS} rounds)`);
  console.log('  size      KB   ours ms  ms/copy   parse ms  ours ÷ 1×  parse ÷ 1×  extract ÷ 1×');
  let base = { ours: 0, parse: 0 };
  let last = 0;
  for (const times of [1, 4, 16]) {
    const { snapshot, html } = repeatEmail(email, times);
    const t = medianTimings(
      () => ({
        parse: timed(() => parseHtmlNode(html)),
        ours: timed(() => summarise(snapshot, { parseHtml: parseHtmlNode })),
      }),
      times === 16 ? Math.max(3, Math.ceil(ROUNDS / 2)) : ROUNDS,
      1,
    );
    if (times === 1) base = t;
    last = t.ours / base.ours;
    // "extract" is summarise minus a bare parse of the same input: the extractors' own share.
    const extract = Math.max(0, t.ours - t.parse) / Math.max(1e-6, base.ours - base.parse);
    console.log(
      `  ${`${times}×`.padEnd(5)} ${(html.length / 1024).toFixed(0).padStart(6)} ${ms(t.ours)} ${ms(t.ours / times)} ${ms(t.parse).padStart(10)} ${ratio(last).padStart(10)} ${ratio(t.parse / base.parse).padStart(11)} ${ratio(extract).padStart(13)}`,
    );
  }
  console.log(
    `  16× input took ${last.toFixed(1)}× the time (target ≤ ${TARGETS.scaling16}×: ${verdict(last <= TARGETS.scaling16)})`,
  );
  return last;
}

/** The loaders on files built to hurt them, against a benign file of the same kind and size. */
async function hostileFiles(): Promise<void> {
  console.log('\nLoaders on hostile files (CPU ms, best of 3; hostile ÷ benign at the same size)');
  console.log(
    '  file                                         1 MB ms  2 MB ms  ÷ benign  2 MB ÷ 1 MB',
  );
  for (const [label, { name, make }] of Object.entries(HOSTILE)) {
    const mb = 1 << 20;
    const benign = await loadMs(name, BENIGN[name]!(mb));
    const one = await loadMs(name, make(mb));
    const two = await loadMs(name, make(2 * mb));
    console.log(
      `  ${pad(label, 42)} ${ms(one)} ${ms(two)} ${ratio(one / benign)} ${ratio(two / one).padStart(12)}`,
    );
  }
}

/** A reading list of n entries, the second half of which a file of n entries also holds. */
function readingList(n: number, offset: number, stamp: string): ReadingListEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const k = i + offset;
    const url = `https://news.example.org/${k}`;
    return {
      id: `id-${offset}-${i}`,
      key: `url:${url}`,
      title: `Story ${k}`,
      url,
      emailUrl: null,
      publication: 'Example News',
      authors: ['Ada Writer'],
      sender: null,
      date: '2026-05-01',
      excerpt: `The gist of story ${k}.`,
      quotes: [{ text: `A quotable line number ${k} for the record`, speaker: null }],
      lists: ['Read later'],
      tags: offset ? ['imported'] : [],
      read: false,
      savedAt: stamp,
      updatedAt: stamp,
      editedAt: { title: stamp, read: stamp },
    };
  });
}

/**
 * Reading-list import merge (issue 14, S1): n stored + n imported, half of them the same articles.
 * Linear merge means 2n costs about twice n; it is also set against importJson of the same file
 * (the parse every import pays anyway).
 */
function readingListMerge(): number {
  console.log(`\nReading-list import merge (median of ${ROUNDS} rounds)`);
  console.log('  entries         merge ms  importJson ms  merge ÷ import  ÷ 4,000');
  let base = 0;
  let last = 0;
  for (const n of [4000, 8000]) {
    const stamp = '2026-05-01T00:00:00.000Z';
    const stored = readingList(n, 0, stamp);
    const file = exportJson(readingList(n, n / 2, '2026-05-02T00:00:00.000Z'), new Date(stamp));
    const incoming = importJson(file);
    let id = 0;
    const t = medianTimings(
      () => ({
        merge: timed(() => mergeIntoList(stored, incoming, { newId: () => `n${++id}`, stamp })),
        parse: timed(() => importJson(file)),
      }),
      ROUNDS,
      1,
    );
    if (n === 4000) base = t.merge;
    last = t.merge / base;
    console.log(
      `  ${`${n.toLocaleString('en')} + ${n.toLocaleString('en')}`.padEnd(14)} ${ms(t.merge)} ${ms(t.parse).padStart(14)} ${ratio(t.merge / t.parse).padStart(15)} ${ratio(last).padStart(8)}`,
    );
  }
  console.log(
    `  8,000 + 8,000 took ${last.toFixed(1)}× the time of 4,000 + 4,000 (linear ≈ 2×, target ≤ ${TARGETS.merge2x}×: ${verdict(last <= TARGETS.merge2x)})`,
  );
  return last;
}

/**
 * Each adversarial family (scripts/adversarial-inputs.ts) at 20k and 40k characters: what doubling
 * costs (about 2× when linear, 4× when quadratic) and the 40k input against benign prose of the
 * same size and place (about 1× when nothing backtracks).
 */
function adversarial(): void {
  const n = 20_000;
  const rounds = Math.max(3, Math.ceil(ROUNDS / 3));
  const time = (s: ReturnType<(typeof ADVERSARIAL)[number]['build']>): number =>
    median(
      Array.from({ length: rounds }, () => timed(() => summarise(s, { parseHtml: parseHtmlNode }))),
    );
  console.log(
    `\nAdversarial inputs (median of ${rounds}): doubling ÷ (target ≤ 2.5×), ÷ benign at 40k`,
  );
  console.log('  family                      20k ms    40k ms  doubling  ÷ benign');
  for (const fam of ADVERSARIAL) {
    summarise(fam.build(200), { parseHtml: parseHtmlNode });
    const small = time(fam.build(n));
    const big = time(fam.build(2 * n));
    const benign = time(fam.benign(2 * n));
    console.log(
      `  ${pad(fam.name, 26)} ${ms(small)} ${ms(big)} ${ratio(big / small).padStart(9)} ${ratio(big / benign).padStart(9)}`,
    );
  }
}

function bundles(): void {
  console.log('\nBundle sizes (production build in a temporary folder)');
  try {
    const sizes = buildAndMeasure();
    console.log('  entry                   minified     gzip   budget (gzip)  files');
    for (const s of sizes) {
      const budget =
        s.entry in BUDGETS_GZIP ? BUDGETS_GZIP[s.entry as keyof typeof BUDGETS_GZIP] : null;
      const b = budget ? `${formatKb(budget)} ${verdict(s.gzip <= budget)}` : '—';
      console.log(
        `  ${(s.entry === 'content script' ? `content (${s.label})` : s.entry).padEnd(22)} ${formatKb(s.bytes).padStart(9)} ${formatKb(s.gzip).padStart(8)}   ${b.padEnd(13)}  ${s.files.join(', ')}`,
      );
    }
  } catch (e) {
    console.log(`  build failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function memory(rows: Row[]): void {
  const pool = rows.some((r) => r.email.group === 'corpus')
    ? rows.filter((r) => r.email.group === 'corpus')
    : rows;
  const largest = pool.reduce((a, b) => (b.email.bytes > a.email.bytes ? b : a));
  console.log(
    `\nMemory: ${largest.email.name} (${(largest.email.bytes / 1024).toFixed(0)} KB file)`,
  );
  try {
    const m = measureMemory(largest.email.path);
    const mb = (x: number): string => `${(x / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `  summarise:   peak heap growth ${mb(m.summarise.peakHeapBytes)}, retained after GC ${mb(m.summarise.retainedBytes)}`,
    );
    console.log(
      `  readability: peak heap growth ${mb(m.readability.peakHeapBytes)}, retained after GC ${mb(m.readability.retainedBytes)} (parse included)`,
    );
  } catch (e) {
    console.log(`  ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function main(): Promise<void> {
  const emails = await loadBenchEmails((path, reason) =>
    console.log(`skipped ${relative(projectRoot, path)}: ${reason}`),
  );
  if (emails.length === 0) {
    console.log('no emails to measure');
    process.exitCode = 1;
    return;
  }
  console.log(
    `MailGist bench: ${emails.length} emails, median of ${ROUNDS} rounds after ${WARMUP} warm-up, ${CLOCK === 'cpu' ? 'CPU time of this process' : 'wall-clock time'}, node ${process.version}, parser linkedom`,
  );
  console.log(
    'ours = summarise() incl. its parse; read = parse + Readability.parse() on a fresh document; read-only = Readability.parse() alone; parse = bare parse (the floor)',
  );
  console.log(
    '* text email: Readability and the parse are given an HTML rendering of the text (paragraphs in <p>)\n',
  );
  const rows = emails.map(measureEmail);
  printTable(rows);

  console.log('');
  for (const g of ['samples', 'fixtures'] as const) {
    groupMedians(
      g,
      rows.filter((r) => r.email.group === g),
    );
  }
  const corpus = groupMedians(
    'corpus',
    rows.filter((r) => r.email.group === 'corpus'),
  );
  const all = groupMedians('all', rows)!;
  const target = corpus ?? all;
  console.log(
    `targets (${corpus ? 'corpus' : 'all emails'} median): ≤ ${TARGETS.readability}× Readability: ${verdict(target.read <= TARGETS.readability)}; ≤ ${TARGETS.parse}× parse: ${verdict(target.parse <= TARGETS.parse)}`,
  );

  const pool = rows.filter((r) => r.email.group === 'corpus' && !r.email.rendered);
  const scaled = (pool.length ? pool : rows).reduce((a, b) =>
    b.email.bytes > a.email.bytes ? b : a,
  );
  scaling(scaled.email);
  await hostileFiles();
  readingListMerge();
  await readingListBench(ROUNDS);
  adversarial();
  if (!args.includes('--no-build')) bundles();
  memory(rows);
  if (!args.includes('--no-archive')) {
    try {
      await archiveBench(ARCHIVE_MESSAGES);
    } catch (e) {
      console.log(`  archive run failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  console.log('');
  console.log(`ratio vs readability: ${all.read.toFixed(2)}`);
  console.log(`ratio vs parse: ${all.parse.toFixed(2)}`);
}

await main();
