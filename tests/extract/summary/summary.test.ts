import { describe, expect, it } from 'vitest';
import { summarizeSentences } from '../../../lib/extract/summary/summary';
import { docFrom } from '../actions/action-doc';

const article = `
<p>The city council voted on Tuesday to restore late-night bus service on three routes after a year of complaints from shift workers.</p>
<p>“We were stranded,” one nurse said.</p>
<p>The restored routes will run every twenty minutes until one in the morning, starting in September, and the council set aside money for two more years of late-night bus service.</p>
<p>Transit officials said ridership on the late routes had doubled during a summer trial of the night bus service.</p>
<p>The weather was pleasant for the meeting, and several residents brought their dogs to the park next door.</p>
<p>Unsubscribe from this list or update your preferences.</p>`;

describe('summarizeSentences', () => {
  it('returns whole sentences about the main subject, in reading order', () => {
    const got = summarizeSentences(docFrom({ html: article }), 3);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^The city council voted/);
    for (const s of got) expect(s).toMatch(/[.!?]$/);
    const order = got.map((s) => article.indexOf(s.slice(0, 30)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('leaves out quotations, boilerplate and the off-topic aside', () => {
    const got = summarizeSentences(docFrom({ html: article }), 3).join(' ');
    expect(got).not.toMatch(/stranded/);
    expect(got).not.toMatch(/Unsubscribe/);
    expect(got).not.toMatch(/dogs/);
  });
  it('clamps the count to 2–5', () => {
    expect(summarizeSentences(docFrom({ html: article }), 9).length).toBeLessThanOrEqual(5);
    expect(summarizeSentences(docFrom({ html: article }), 1).length).toBe(2);
  });
  it('copes with an empty body', () => {
    expect(summarizeSentences(docFrom({ text: ' ' }), 3)).toEqual([]);
  });
});
