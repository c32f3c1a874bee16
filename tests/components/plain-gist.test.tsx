// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BriefView } from '../../components/BriefView';
import { PlainGist } from '../../components/PlainGist';
import { createReadingListStore } from '../../lib/reading-list/store';
import { sampleSummary } from '../panel/sample-summary';
import type { Summary } from '../../lib/schema';

// Issue 17: a personal email is briefed as a plain gist — subject, who wrote and when, the
// sentences that matter — not as a newsletter with a byline, Save and calls to action.

const personal = (extra: Partial<Summary> = {}): Summary =>
  sampleSummary({
    messageKind: 'personal',
    headline: 'venue for Thursday',
    dek: null,
    authors: ['Maya'],
    publication: null,
    sender: { name: 'Maya Okafor', address: 'maya.okafor@example.net' },
    summary: ['Can you chair the meeting on Thursday?', "I'm stuck at the clinic until eight."],
    ...extra,
  });

function renderBrief(summary: Summary) {
  render(
    <BriefView
      summary={summary}
      email={{ key: 'gmail:2', url: null }}
      quoteFormat="plain"
      store={createReadingListStore()}
      savedKeys={new Set()}
      knownLists={[]}
      notify={vi.fn()}
      download={vi.fn()}
    />,
  );
}

describe('PlainGist', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows the subject, the sender and the sentences that matter, as text', () => {
    render(<PlainGist summary={personal()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'venue for Thursday' })).toBeTruthy();
    expect(screen.getByText('From Maya Okafor')).toBeTruthy();
    const items = screen.getByRole('list', { name: 'Gist' }).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'Can you chair the meeting on Thursday?',
      "I'm stuck at the clinic until eight.",
    ]);
  });

  it('BriefView gives a personal message no byline, no "via", no Save and no asks', () => {
    renderBrief(personal());
    expect(screen.queryByText(/^By /)).toBeNull();
    expect(screen.queryByText(/^via /)).toBeNull();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
    expect(screen.queryByText('Chip in to the strike fund')).toBeNull();
    expect(screen.getByText('From Maya Okafor')).toBeTruthy();
  });

  it('BriefView still briefs a newsletter, and a stored brief without messageKind, in full', () => {
    for (const summary of [sampleSummary({ messageKind: 'newsletter' }), sampleSummary()]) {
      renderBrief(summary);
      expect(screen.getByText(/^By Marisol Okafor-Price/)).toBeTruthy();
      expect(screen.getAllByRole('button', { name: /save/i }).length).toBeGreaterThan(0);
      cleanup();
    }
  });
});
