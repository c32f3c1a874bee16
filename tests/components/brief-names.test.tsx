// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BriefView } from '../../components/BriefView';
import { createReadingListStore } from '../../lib/reading-list/store';
import { sampleSummary } from '../panel/sample-summary';

// Every control of the brief, with every fold open: its accessible name contains the text it
// shows (WCAG 2.5.3 Label in Name; axe's label-content-name-mismatch), so a voice user can say
// what they see. Hidden context ("…: Story A") may follow the visible words, never replace them.

afterEach(cleanup);

const words = (s: string) =>
  s
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim()
    .toLowerCase();

/** The text a sighted user sees on the control: without visually hidden or aria-hidden parts. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent ?? '';
}

describe('brief controls: name contains the visible label', () => {
  it('holds for every button and link, all folds open', async () => {
    fakeBrowser.reset();
    const summary = sampleSummary({
      isDigest: true,
      items: Array.from({ length: 8 }, (_, i) => ({
        title: `Story ${i + 1}`,
        url: `https://s${i}.example.org/`,
        blurb: 'A blurb.',
      })),
      actions: [
        ...sampleSummary().actions,
        {
          label: 'Donate to the hardship fund for workers who lose pay during the…',
          text: 'Donate to the hardship fund for workers who lose pay during the walkout',
          kind: 'donate',
          url: null,
          date: null,
        },
        { label: 'Tweet this story', kind: 'share', url: 'https://t.example/x', date: null },
      ],
    });
    render(
      <BriefView
        summary={summary}
        email={{ key: 'k', url: null }}
        quoteFormat="plain"
        store={createReadingListStore()}
        savedKeys={new Set()}
        knownLists={['Work']}
        notify={vi.fn()}
        download={vi.fn()}
        copy={() => Promise.resolve()}
        now={() => new Date(2026, 2, 5)}
      />,
    );
    // Open every fold (sections, more links, all stories, all quotes, full text, lists & tags).
    for (let round = 0; round < 3; round++)
      document.querySelectorAll('button[aria-expanded="false"]').forEach((b) => fireEvent.click(b));
    // Fields and selects take their name from their label, not from their content; testing
    // library computes each control's accessible name as browsers do (dom-accessibility-api).
    const named: { el: Element; name: string }[] = [];
    for (const role of ['button', 'link'])
      screen.queryAllByRole(role, {
        name: (name, el) => {
          named.push({ el, name });
          return true;
        },
      });
    expect(named.length).toBeGreaterThan(30);
    const mismatched = named
      .map(({ el, name }) => ({ el, name, shown: visibleText(el) }))
      .filter(({ name, shown }) => words(shown) && !words(name).includes(words(shown)))
      .map(({ el, name, shown }) => `${el.tagName} shows "${shown}" but is named "${name}"`);
    expect(mismatched).toEqual([]);
  });
});
