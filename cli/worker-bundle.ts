import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { lazyEventTargetPlugin } from './lazy-event-target';

// Worker threads do not inherit the CLI's TypeScript loader, and compiling the parser's modules
// through tsx cost each worker 1.2–1.5 s of CPU before its first message (an eighth of the work
// of a 2,000-message archive of short messages). So workers load one JavaScript file:
// archive-worker.ts and everything it imports (dependencies too), bundled by esbuild (the one tsx
// brings) into node_modules/.cache/mailgist on first use, and rebuilt when any of its input files
// changes. A fresh clone builds it on its first archive run. When it cannot be built (a read-only
// install), workers go through the TypeScript loader as before: slower, same output.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'cli/archive-worker.ts';
const CACHE = join(ROOT, 'node_modules', '.cache', 'mailgist');
const MANIFEST = 'archive-worker.json';
/** Files that shape the bundle without being bundled: a change to them rebuilds it too. */
const BUILD_FILES = ['cli/worker-bundle.ts', 'cli/lazy-event-target.ts'];
/** The worker through the TypeScript loader: the fallback. */
export const TSX_WORKER = new URL('./archive-worker.mjs', import.meta.url);

/** What a bundle was built from: each input's size and mtime, to tell when it is stale. */
const ManifestSchema = z.object({
  bundle: z.string(),
  esbuild: z.string(),
  inputs: z.record(z.string(), z.tuple([z.number(), z.number()])),
});
type Manifest = z.infer<typeof ManifestSchema>;

async function stamp(path: string): Promise<[number, number] | null> {
  try {
    const st = await stat(join(ROOT, path));
    return [st.size, st.mtimeMs];
  } catch {
    return null;
  }
}

async function freshBundle(cache: string, esbuildVersion: string): Promise<string | null> {
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(await readFile(join(cache, MANIFEST), 'utf8')));
  } catch {
    return null;
  }
  if (manifest.esbuild !== esbuildVersion) return null;
  // Built before a build file was watched (or by another recipe): its options are unknown.
  if (!BUILD_FILES.every((path) => path in manifest.inputs)) return null;
  const entries = Object.entries(manifest.inputs);
  const stamps = await Promise.all(entries.map(([path]) => stamp(path)));
  const same = entries.every(([, [size, mtime]], i) => {
    const now = stamps[i];
    return now != null && now[0] === size && now[1] === mtime;
  });
  return same ? join(cache, manifest.bundle) : null;
}

/** Bundles and temp files an edit left behind; a grace period spares those a run may still load. */
async function prune(cache: string, keep: string): Promise<void> {
  const cutoff = Date.now() - 10 * 60_000;
  for (const name of await readdir(cache)) {
    if (name === keep || name === MANIFEST) continue;
    const st = await stat(join(cache, name)).catch(() => null);
    if (st && st.mtimeMs < cutoff) await rm(join(cache, name), { force: true });
  }
}

type Esbuild = typeof import('esbuild');

/** tsx's own esbuild: present wherever the CLI can run at all. */
export function tsxEsbuild(): Esbuild {
  return createRequire(import.meta.resolve('tsx'))('esbuild') as Esbuild;
}

async function build(cache: string, esbuild: Esbuild): Promise<string> {
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [lazyEventTargetPlugin],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __mailgistRequire } from 'node:module'; const require = __mailgistRequire(import.meta.url);",
    },
  });
  const code = result.outputFiles[0]!.contents;
  const inputs: Manifest['inputs'] = {};
  for (const path of [...Object.keys(result.metafile.inputs), ...BUILD_FILES]) {
    const s = await stamp(path);
    // A file edited while the build ran may be bundled as it was: stamped as unseen, so the next
    // run builds again.
    if (s) inputs[path] = s[1] >= started - 1000 ? [-1, -1] : s;
  }
  const bundle = `archive-worker.${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  await mkdir(cache, { recursive: true });
  // Written under a temporary name and renamed: runs started together never load half a file.
  const tmp = `.${process.pid}.${Date.now()}.tmp`;
  const put = async (name: string, data: string | Uint8Array) => {
    await writeFile(join(cache, name + tmp), data);
    await rename(join(cache, name + tmp), join(cache, name));
  };
  await put(bundle, code);
  await put(MANIFEST, JSON.stringify({ bundle, esbuild: esbuild.version, inputs } as Manifest));
  await prune(cache, bundle);
  return join(cache, bundle);
}

/**
 * The file each archive worker runs: the up-to-date bundle (built now when missing or stale),
 * or the TypeScript-loader worker when no bundle can be had.
 */
export async function workerEntry({
  cacheDir = CACHE,
  loadEsbuild = tsxEsbuild,
}: { cacheDir?: string; loadEsbuild?: () => Esbuild } = {}): Promise<URL> {
  try {
    const esbuild = loadEsbuild();
    const path = (await freshBundle(cacheDir, esbuild.version)) ?? (await build(cacheDir, esbuild));
    return pathToFileURL(path);
  } catch {
    return TSX_WORKER;
  }
}
