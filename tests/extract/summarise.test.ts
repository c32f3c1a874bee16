import { describe, expect, it } from 'vitest';
import { summarise } from '../../lib/extract';
import { parseHtmlNode } from '../../lib/node-dom';

describe('summarise', () => {
  it('does not repeat the dek as a summary sentence', () => {
    const html = `<html><body>
      <h1>City opens three new libraries</h1>
      <h3>The branches add evening hours for students and shift workers across the east side.</h3>
      <p>By Ana Ruiz</p>
      <p>The branches add evening hours for students and shift workers across the east side.</p>
      <p>The council approved the plan in March after two years of hearings and a petition signed by four thousand residents.</p>
      <p>Each branch will stay open until ten at night on weekdays, the longest hours in the city system.</p>
      <p>Library staff said the first branch would open in September, with the other two following by the end of the year.</p>
    </body></html>`;
    const s = summarise(
      {
        subject: 'City opens three new libraries',
        from: { name: 'East Side Weekly', address: 'news@eastside.example' },
        date: '2026-05-04T09:00:00Z',
        html,
        text: null,
        provider: 'file',
      },
      { parseHtml: parseHtmlNode, summarySentences: 2 },
    );
    expect(s.dek).toBe(
      'The branches add evening hours for students and shift workers across the east side.',
    );
    expect(s.summary).toHaveLength(2);
    expect(s.summary).not.toContain(s.dek);
  });
});
