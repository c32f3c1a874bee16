import { describe, expect, it } from 'vitest';
import {
  addUndo,
  dropScope,
  takeUndo,
  UNDO_KEPT,
  type UndoEntry,
} from '../../lib/panel/undo-stack';
import { isTextEntry, isUndoKey } from '../../lib/panel/undo-key';
import { isRestrictedPage, probeOutcome } from '../../lib/panel/page-state';
import {
  keepLastBrief,
  offersSelection,
  withSelection,
  type PanelView,
} from '../../lib/panel/panel-view';
import { sampleSummary } from './sample-summary';

const entry = (id: number, scope: string | null = null): UndoEntry => ({
  id,
  message: `change ${id}`,
  undo: () => {},
  scope,
  shown: true,
});

describe('the undo stack', () => {
  it('keeps the last few changes, newest last', () => {
    let list: UndoEntry[] = [];
    for (let id = 1; id <= UNDO_KEPT + 2; id++) list = addUndo(list, entry(id));
    expect(UNDO_KEPT).toBeGreaterThan(1);
    expect(list.map((u) => u.id)).toEqual(Array.from({ length: UNDO_KEPT }, (_, i) => i + 3));
  });

  it('takes the newest by default, or the one asked for, once', () => {
    const list = [entry(1), entry(2), entry(3)];
    const [newest, rest] = takeUndo(list);
    expect(newest?.id).toBe(3);
    expect(rest.map((u) => u.id)).toEqual([1, 2]);
    const [first, others] = takeUndo(list, 1);
    expect(first?.id).toBe(1);
    expect(others.map((u) => u.id)).toEqual([2, 3]);
    expect(takeUndo(others, 1)[0]).toBeNull();
    expect(takeUndo([])[0]).toBeNull();
  });

  it('on a message switch keeps the changes of no message and of the one in view', () => {
    const list = [entry(1, 'gmail:a'), entry(2, null), entry(3, 'gmail:b')];
    expect(dropScope(list, 'gmail:b').map((u) => u.id)).toEqual([2, 3]);
    expect(dropScope(list, null).map((u) => u.id)).toEqual([2]);
  });
});

describe('Ctrl/Cmd+Z', () => {
  const key = (over: Partial<Parameters<typeof isUndoKey>[0]>) => ({
    key: 'z',
    ctrlKey: true,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...over,
  });
  it('is Ctrl+Z or Cmd+Z alone, not redo or other chords', () => {
    expect(isUndoKey(key({}))).toBe(true);
    expect(isUndoKey(key({ ctrlKey: false, metaKey: true }))).toBe(true);
    expect(isUndoKey(key({ key: 'Z' }))).toBe(true);
    expect(isUndoKey(key({ shiftKey: true }))).toBe(false);
    expect(isUndoKey(key({ altKey: true }))).toBe(false);
    expect(isUndoKey(key({ ctrlKey: false }))).toBe(false);
    expect(isUndoKey(key({ ctrlKey: true, metaKey: true }))).toBe(false);
    expect(isUndoKey(key({ key: 'y' }))).toBe(false);
    expect(isUndoKey(key({ defaultPrevented: true }))).toBe(false);
  });

  it('leaves text fields their own undo', () => {
    const el = (tag: string, attrs: Record<string, string> = {}, editable = false) =>
      ({
        tagName: tag.toUpperCase(),
        getAttribute: (n: string) => attrs[n] ?? null,
        isContentEditable: editable,
      }) as unknown as Element;
    expect(isTextEntry(el('input'))).toBe(true);
    expect(isTextEntry(el('input', { type: 'search' }))).toBe(true);
    expect(isTextEntry(el('textarea'))).toBe(true);
    expect(isTextEntry(el('div', {}, true))).toBe(true);
    expect(isTextEntry(el('input', { type: 'checkbox' }))).toBe(false);
    expect(isTextEntry(el('button'))).toBe(false);
    expect(isTextEntry(el('select'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('pages MailGist cannot brief', () => {
  it('knows browser pages and extension stores', () => {
    for (const url of [
      'chrome://settings/',
      'about:blank',
      'edge://extensions',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
      'https://microsoftedge.microsoft.com/addons/home',
    ])
      expect(isRestrictedPage(url), url).toBe(true);
    for (const url of ['https://example.org/', 'https://mail.google.com/mail/u/0/'])
      expect(isRestrictedPage(url), url).toBe(false);
  });

  it('reads the probe: a refusal no permission lifts, a missing grant, or the selection', () => {
    for (const error of [
      'Cannot access a chrome:// URL',
      'Cannot access a chrome-extension:// URL of different extension',
      'The extensions gallery cannot be scripted.',
      'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.',
    ])
      expect(probeOutcome({ ok: false, error }), error).toEqual({ kind: 'restricted' });
    for (const error of [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'Cannot access contents of url "https://example.org/". Extension manifest must request permission to access this host.',
      'Missing host permission for the tab',
    ])
      expect(probeOutcome({ ok: false, error }), error).toEqual({ kind: 'no-access' });
    expect(probeOutcome({ ok: true, value: true })).toEqual({ kind: 'reachable', selection: true });
    expect(probeOutcome({ ok: true, value: undefined })).toEqual({
      kind: 'reachable',
      selection: false,
    });
  });
});

describe('the last brief', () => {
  const brief: Extract<PanelView, { kind: 'brief' }> = {
    kind: 'brief',
    summary: sampleSummary(),
    email: { key: 'gmail:1', url: null },
  };
  const status = (status: 'no-webmail' | 'restricted' | 'no-message' | 'error'): PanelView => ({
    kind: 'status',
    status,
    canSummarisePage: status !== 'restricted',
  });

  it('stays in view on a tab that is not webmail, saying where the user is', () => {
    const kept = keepLastBrief(brief, status('no-webmail'));
    expect(kept).toMatchObject({
      kind: 'brief',
      email: brief.email,
      elsewhere: status('no-webmail'),
    });
    expect(keepLastBrief(brief, status('restricted'))).toMatchObject({
      kind: 'brief',
      elsewhere: { status: 'restricted' },
    });
  });

  it('gives way to webmail states, errors, a new brief, and is not invented', () => {
    expect(keepLastBrief(brief, status('no-message'))).toEqual(status('no-message'));
    expect(keepLastBrief(brief, status('error'))).toEqual(status('error'));
    expect(keepLastBrief(null, status('no-webmail'))).toEqual(status('no-webmail'));
    const other = { ...brief, email: { key: 'gmail:2', url: null } };
    expect(keepLastBrief(brief, other)).toBe(other);
  });

  it('notes a selection made on that tab (and only where it can be summarised)', () => {
    const kept = keepLastBrief(brief, status('no-webmail'));
    expect(offersSelection(kept)).toBe(true);
    expect(withSelection(kept, true)).toMatchObject({ elsewhere: { selection: true } });
    const restricted = keepLastBrief(brief, status('restricted'));
    expect(offersSelection(restricted)).toBe(false);
    expect(withSelection(restricted, true)).toBe(restricted);
    expect(withSelection(brief, true)).toBe(brief);
    const unchanged = withSelection(status('no-webmail'), false);
    expect(withSelection(unchanged, false)).toBe(unchanged);
  });
});
