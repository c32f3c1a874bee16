import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Loads a fixture page of tests/fixtures/webmail into happy-dom's document (scripts do not run:
// the tests do what each fixture's stand-in app script would do).

export function fixturePath(name: string): string {
  // vitest runs from the project root (happy-dom rewrites import.meta.url).
  return join(process.cwd(), 'tests/fixtures/webmail', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function loadFixture(name: string, doc: Document = document): Document {
  const parsed = new DOMParser().parseFromString(readFixture(name), 'text/html');
  doc.title = parsed.title;
  doc.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => doc.importNode(n, true)));
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => doc.importNode(n, true)));
  doc.body.className = parsed.body.className;
  for (const s of Array.from(doc.querySelectorAll('script'))) s.remove();
  return doc;
}

/** What the Gmail fixture's app script does when a thread is opened: render its template. */
export function openMockThread(doc: Document, id: string): void {
  const pane = doc.querySelector('[data-mock-pane]');
  const tpl = doc.querySelector<HTMLTemplateElement>(`template[data-mock-thread="${id}"]`);
  if (!pane || !tpl) throw new Error(`no thread ${id} in the fixture`);
  pane.replaceChildren(tpl.content.cloneNode(true));
}

export function closeMockThread(doc: Document): void {
  doc.querySelector('[data-mock-pane]')?.replaceChildren();
}

/** Resolves after the iframes' srcdoc documents have loaded. */
export async function framesLoaded(doc: Document): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const frames = Array.from(doc.querySelectorAll('iframe'));
    if (frames.every((f) => f.contentDocument?.body)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}
