import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EVENT_TARGET_MODULE,
  lazyEventTarget,
  lazyEventTargetPlugin,
} from '../../cli/lazy-event-target';
import { tsxEsbuild } from '../../cli/worker-bundle';

// The archive workers bundle linkedom with listener maps made on first use instead of one per
// node. The installed linkedom must be the source the patch expects, and events must behave the
// same with it as without.

const installed = join(dirname(fileURLToPath(import.meta.resolve('linkedom'))), 'interface');
const source = readFileSync(join(installed, 'event-target.js'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mailgist-lazy-event-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Listeners on a parsed document: capture, bubbling, once, stopImmediatePropagation, removal. */
const SCENARIO = `
import { parseHTML, Event } from 'linkedom';
export function run() {
  const { document } = parseHTML('<html><body><div><p>x</p></div></body></html>');
  const p = document.querySelector('p'), div = document.querySelector('div');
  const log = [];
  const on = (node, name) => (e) => log.push(name + ':' + e.type + ':' + e.eventPhase);
  const once = on(p, 'p-once');
  p.addEventListener('ping', on(p, 'p'));
  p.addEventListener('ping', once, { once: true });
  div.addEventListener('ping', on(div, 'div'));
  p.dispatchEvent(new Event('ping', { bubbles: true }));
  p.dispatchEvent(new Event('ping'));
  const gone = on(div, 'div-removed');
  div.addEventListener('pong', gone);
  div.removeEventListener('pong', gone);
  p.removeEventListener('never-added', gone);
  document.createTextNode('t').removeEventListener('ping', gone);
  p.dispatchEvent(new Event('pong', { bubbles: true }));
  p.addEventListener('stop', (e) => { log.push('first'); e.stopImmediatePropagation(); });
  p.addEventListener('stop', () => log.push('second'));
  p.dispatchEvent(new Event('stop'));
  return log;
}`;

async function scenario(name: string, lazy: boolean) {
  const result = await tsxEsbuild().build({
    stdin: { contents: SCENARIO, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: lazy ? [lazyEventTargetPlugin] : [],
  });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, result.outputFiles[0]!.contents);
  const mod = (await import(pathToFileURL(file).href)) as { run: () => string[] };
  return { code: result.outputFiles[0]!.text, log: mod.run() };
}

describe('lazy listener maps for linkedom in the archive bundle', () => {
  it("applies to the installed linkedom's event target", () => {
    expect(EVENT_TARGET_MODULE.test(join(installed, 'event-target.js'))).toBe(true);
    const lazy = lazyEventTarget(source);
    expect(lazy).not.toBeNull();
    expect(lazy).not.toMatch(/constructor\(\)\s*\{\s*wm\.set/);
    expect(lazyEventTarget(source.replace(/\n/g, '\r\n'))).toBe(lazy);
  });

  it('leaves a source it does not recognise as it is', () => {
    expect(lazyEventTarget('class DOMEventTarget {}')).toBeNull();
    expect(lazyEventTarget(source.replace('wm.set(this, new Map);', 'this.map = new Map;'))).toBe(
      null,
    );
  });

  it('dispatches, bubbles and removes listeners as linkedom itself does', async () => {
    const plain = await scenario('plain', false);
    const lazy = await scenario('lazy', true);
    expect(plain.code).toMatch(/constructor\(\)\s*\{\s*wm\.set/);
    expect(lazy.code).not.toMatch(/constructor\(\)\s*\{\s*wm\.set/);
    expect(plain.log).toEqual(['p:ping:2', 'p-once:ping:2', 'div:ping:3', 'p:ping:2', 'first']);
    expect(lazy.log).toEqual(plain.log);
  }, 60_000);
});
