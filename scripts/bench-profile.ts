import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEmailFile } from '../lib/email/load-file';
import type { EmailSnapshot } from '../lib/email/snapshot';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import { projectRoot, repeatEmail, textToHtml } from './bench-inputs';

// Where summarise() spends its time. V8's CPU profiler (the one behind `node --cpu-prof`) is
// started through the inspector after a warm-up, so module loading and compilation stay out of
// the picture; prints self time per function and inclusive time per project file.
//   npx tsx scripts/bench-profile.ts FILE... [--times N] [--runs N]

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

function where(url: string): string {
  if (!url) return '(native)';
  const path = url.startsWith('file:') ? relative(projectRoot, fileURLToPath(url)) : url;
  return path.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1 (package)');
}

function report(profile: Profile, limit: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const id of profile.samples) {
    const n = byId.get(id)!;
    const { functionName, url } = n.callFrame;
    // Line numbers are left out: tsx's transformed code does not keep them.
    const key = `${functionName || '(anonymous)'}  ${where(url)}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    // Each project file on the sample's stack gets the sample once.
    const files = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const u = byId.get(cur)!.callFrame.url;
      if (u.startsWith('file:') && !u.includes('node_modules')) files.add(where(u));
    }
    for (const f of files) inclusive.set(f, (inclusive.get(f) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const print = (m: Map<string, number>, n: number): void => {
    for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${((100 * v) / total).toFixed(1).padStart(6)}%  ${k}`);
    }
  };
  console.log(`${total} samples\n\nself time by function`);
  print(self, limit);
  console.log('\ninclusive time by project file (callees included)');
  print(inclusive, limit);
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || dflt : dflt;
};
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: bench-profile FILE... [--times N] [--runs N]\n');
  process.exitCode = 2;
} else {
  const times = opt('--times', 1);
  const runs = opt('--runs', 20);
  const inputs: EmailSnapshot[] = [];
  for (const file of files) {
    const snapshot = await loadEmailFile(file, readFileSync(file));
    const own = snapshot.html?.trim() ? snapshot.html : null;
    const email = {
      name: file,
      group: 'corpus' as const,
      path: file,
      bytes: 0,
      snapshot,
      html: own ?? textToHtml(snapshot.text ?? ''),
      rendered: own === null,
    };
    inputs.push(repeatEmail(email, times).snapshot);
  }
  const runAll = (): void => {
    for (const s of inputs) summarise(s, { parseHtml: parseHtmlNode });
  };
  runAll();
  runAll();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) runAll();
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  report(profile, 25);
}
