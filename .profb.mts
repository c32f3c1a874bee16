import { Session } from 'node:inspector/promises';
import { loadBenchEmails } from '/work/main/scripts/bench-inputs';
import { parseHtmlNode } from '/work/main/lib/node-dom';
// @ts-ignore
import * as X from '/tmp/w7/bundle.mjs';
const which = process.argv[2];
const emails = (await loadBenchEmails(() => {})).filter((e) => e.group === 'corpus');
const docs = emails.map((e) => X.buildDocument(e.snapshot, parseHtmlNode));
const run = () => {
  if (which === 'meta') for (const d of docs) { const x = { ...d }; X.extractHeadline(x); X.extractAuthors(x); X.extractPublication(x); X.extractArticleDate(x); X.extractSections(x); X.readingMinutes(x); }
  if (which === 'quotes') for (const d of docs) X.extractQuotes({ ...d });
  if (which === 'all') for (const e of emails) X.summarise(e.snapshot, { parseHtml: parseHtmlNode });
};
for (let i = 0; i < 5; i++) run();
{ const ts: number[] = []; for (let i = 0; i < 9; i++) { const c = process.cpuUsage(); run(); const d = process.cpuUsage(c); ts.push((d.user + d.system) / 1000); } ts.sort((a, b) => a - b); console.log("cpu ms/pass min", ts[0].toFixed(2), "median", ts[4].toFixed(2)); }
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 50 }); await session.post('Profiler.start');
for (let i = 0; i < 20; i++) run();
const { profile } = (await session.post('Profiler.stop')) as any;
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<string, number>(); const lines = new Map<string, number>();
for (const n of profile.nodes) { const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}`; self.set(k, (self.get(k) ?? 0) + (n.hitCount ?? 0)); for (const p of n.positionTicks ?? []) { const lk = `${n.callFrame.url.split('/').slice(-1)[0]}:${p.line}`; lines.set(lk, (lines.get(lk) ?? 0) + p.ticks); } }
const total = profile.samples.length;
console.log('--- functions'); for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 25))) console.log(((100 * v) / total).toFixed(1).padStart(6), k);
console.log('--- lines'); for (const [k, v] of [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 25))) console.log(((100 * v) / total).toFixed(1).padStart(6), k);
