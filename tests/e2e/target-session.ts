import { writeFileSync } from 'node:fs';
import type { CdpConnection } from './cdp-pipe';
import { sleep } from './chromium';
import { waitForText } from './text-match';

// One attached page (the webmail tab or the side panel) and the few things a scenario does with
// it: run script, wait for a condition, find a control by its role and accessible name the way a
// screen reader would (Chromium's own accessibility tree), click it like a user, take a picture.

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

export interface AXNode {
  role: string;
  name: string;
  backendDOMNodeId?: number;
}

export async function listTargets(cdp: CdpConnection, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets', {
    filter: [type ? { type } : {}],
  });
  return targetInfos;
}

export async function waitForTarget(
  cdp: CdpConnection,
  predicate: (t: TargetInfo) => boolean,
  timeoutMs: number,
  what: string,
  type?: string,
): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listTargets(cdp, type)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not appear within ${timeoutMs} ms`);
    await sleep(150);
  }
}

export class TargetSession {
  private constructor(
    readonly cdp: CdpConnection,
    readonly sessionId: string,
    readonly targetId: string,
  ) {}

  static async attach(cdp: CdpConnection, targetId: string): Promise<TargetSession> {
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    const session = new TargetSession(cdp, sessionId, targetId);
    await session.send('Runtime.enable');
    return session;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}) {
    return this.cdp.send<T>(method, params, this.sessionId);
  }

  async detach(): Promise<void> {
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }

  /** Evaluates an expression (awaiting a promise) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) {
      const d = r.exceptionDetails;
      throw new Error(`page script failed: ${d.exception?.description ?? d.text}`);
    }
    return r.result.value as T;
  }

  /** The page's visible text, as a reader sees it. */
  text(): Promise<string> {
    return this.evaluate<string>('document.body ? document.body.innerText : ""');
  }

  /** Polls until check(text) passes (see waitForText in text-match.ts). */
  waitForText(check: (text: string) => boolean, timeoutMs: number, what: string): Promise<string> {
    return waitForText(() => this.text(), check, timeoutMs, what, 'the page');
  }

  /** Every node of the accessibility tree with a role and a name. */
  async axNodes(): Promise<AXNode[]> {
    const { nodes } = await this.send<{
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        backendDOMNodeId?: number;
      }[];
    }>('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored)
      .map((n) => ({
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        backendDOMNodeId: n.backendDOMNodeId,
      }));
  }

  /** The headings' accessible names, from the accessibility tree. */
  async headings(): Promise<string[]> {
    return (await this.axNodes()).filter((n) => n.role === 'heading').map((n) => n.name);
  }

  async findByRole(role: string, name: string | RegExp): Promise<AXNode[]> {
    const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
    return (await this.axNodes()).filter((n) => n.role === role && matches(n.name));
  }

  /** Waits for a control with this role and name, then clicks it with real mouse events. */
  async clickByRole(
    role: string,
    name: string | RegExp,
    timeoutMs = 5_000,
    index = 0,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let found: AXNode[] = [];
    for (;;) {
      found = await this.findByRole(role, name);
      if (found.length > index) break;
      if (Date.now() > deadline) {
        const names = (await this.axNodes())
          .filter((n) => n.role === role)
          .map((n) => JSON.stringify(n.name));
        throw new Error(
          `no ${role} named ${String(name)} in the page; its ${role}s are: ${names.join(', ') || 'none'}`,
        );
      }
      await sleep(200);
    }
    await this.clickNode(found[index]!);
  }

  clickButton(name: string | RegExp, timeoutMs = 5_000): Promise<void> {
    return this.clickByRole('button', name, timeoutMs);
  }

  /** Clicks the first element matching a CSS selector (for the webmail fixture's own UI). */
  async clickSelector(selector: string): Promise<void> {
    const point = await this.evaluate<[number, number] | null>(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return [r.x + Math.min(r.width / 2, 40), r.y + r.height / 2];
    })()`);
    if (!point)
      throw new Error(
        `nothing matches ${selector} in ${await this.evaluate<string>('location.href')}`,
      );
    await this.clickAt(point[0], point[1]);
  }

  private async clickAt(x: number, y: number): Promise<void> {
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
  }

  async clickNode(node: AXNode): Promise<void> {
    if (node.backendDOMNodeId === undefined)
      throw new Error(`${node.role} "${node.name}" has no DOM node`);
    const { object } = await this.send<{ object: { objectId: string } }>('DOM.resolveNode', {
      backendNodeId: node.backendDOMNodeId,
    });
    const { result } = await this.send<{ result: { value: [number, number] } }>(
      'Runtime.callFunctionOn',
      {
        objectId: object.objectId,
        functionDeclaration:
          'function () { this.scrollIntoView({ block: "center" }); const r = this.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }',
        returnByValue: true,
      },
    );
    await this.clickAt(result.value[0], result.value[1]);
  }

  /** Chooses the option whose label matches in the <select> with this accessible name. */
  async selectOption(name: string | RegExp, option: RegExp): Promise<string> {
    const [box] = await this.findByRole('combobox', name);
    if (box?.backendDOMNodeId === undefined) {
      const boxes = (await this.axNodes())
        .filter((n) => n.role === 'combobox')
        .map((n) => JSON.stringify(n.name));
      throw new Error(
        `no combobox named ${String(name)}; the panel's comboboxes: ${boxes.join(', ') || 'none'}`,
      );
    }
    const { object } = await this.send<{ object: { objectId: string } }>('DOM.resolveNode', {
      backendNodeId: box.backendDOMNodeId,
    });
    // What a user's choice does: set the value, then the input and change events the app listens to.
    const { result } = await this.send<{ result: { value: string | null } }>(
      'Runtime.callFunctionOn',
      {
        objectId: object.objectId,
        functionDeclaration: `function (source, flags) {
        const re = new RegExp(source, flags);
        const opt = [...this.options].find((o) => re.test(o.textContent || ''));
        if (!opt) return null;
        this.value = opt.value;
        this.dispatchEvent(new Event('input', { bubbles: true }));
        this.dispatchEvent(new Event('change', { bubbles: true }));
        return opt.textContent;
      }`,
        arguments: [{ value: option.source }, { value: option.flags }],
        returnByValue: true,
      },
    );
    if (result.value === null)
      throw new Error(`the combobox ${String(name)} has no option matching ${option}`);
    return result.value;
  }

  async screenshot(file: string): Promise<void> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: false,
    });
    writeFileSync(file, Buffer.from(data, 'base64'));
  }
}

export function excerpt(text: string, max = 400): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? flat.slice(0, max) + '…' : flat);
}
