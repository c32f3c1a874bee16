import type { FixturePage } from './fixture-pages';

// What the brief scenarios need from a browser, so the same checks run against Chromium's side
// panel (CDP) and Firefox's sidebar (BiDi).

export interface PanelLike {
  /** The panel's visible text. */
  text(): Promise<string>;
  /** Polls until check(text) passes; on timeout fails with `what` and the text last seen. */
  waitForText(check: (text: string) => boolean, timeoutMs: number, what: string): Promise<string>;
  /** The panel's headings, by accessible name. */
  headings(): Promise<string[]>;
  /** Clicks the button with this accessible name, waiting for it to appear. */
  clickButton(name: string | RegExp, timeoutMs?: number): Promise<void>;
}

export interface BriefHost {
  /** Loads a fixture page in the webmail tab. */
  open(page: FixturePage): Promise<void>;
  /** Goes to another message as a user does in the app (a click, no reload). */
  clickThrough(page: FixturePage): Promise<void>;
  /** The panel, opened from the toolbar button the first time. */
  panel(): Promise<PanelLike>;
  /** The user's click on the toolbar button on the open page (grants activeTab); the panel stays open. */
  clickToolbarButton(): Promise<PanelLike>;
}
