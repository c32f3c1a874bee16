import { describe, expect, it } from 'vitest';
import {
  findQuoteSpans,
  startsWithOpener,
  stripWrappingMarks,
} from '../../../lib/extract/quotes/quote-spans';

const texts = (s: string): string[] => findQuoteSpans(s).spans.map((x) => x.text);

describe('findQuoteSpans', () => {
  it('pairs curly and straight double quotes', () => {
    expect(texts('She said “the bridge opens in May” and left.')).toEqual([
      'the bridge opens in May',
    ]);
    expect(texts('He said "we ship on Friday" twice.')).toEqual(['we ship on Friday']);
  });

  it('accepts a quotation opened curly and closed straight (and the reverse)', () => {
    expect(texts('As Mo put it: “prices will fall soon enough"')).toEqual([
      'prices will fall soon enough',
    ]);
    expect(texts('"we are ready for the storm” she wrote.')).toEqual([
      'we are ready for the storm',
    ]);
  });

  it('reads CJK corner brackets and German single marks', () => {
    expect(texts('社長は「来年も工場を続けます」と述べた。')).toEqual(['来年も工場を続けます']);
    expect(texts('Er sagte: ‚Das bleibt unter uns.‘ Dann ging er.')).toEqual([
      'Das bleibt unter uns.',
    ]);
  });

  it('reads German, Dutch and French marks', () => {
    expect(texts('Sie sagte: „Wir bauen die Brücke neu.“ Dann ging sie.')).toEqual([
      'Wir bauen die Brücke neu.',
    ]);
    expect(texts('Er meinte »das bleibt so« und lachte.')).toEqual(['das bleibt so']);
    expect(texts('Elle a dit « nous ne céderons pas » hier.')).toEqual(['nous ne céderons pas']);
  });

  it('tells single quotes from apostrophes', () => {
    expect(texts('The mayor’s aide said ‘we’re not done with the budget yet’ today.')).toEqual([
      'we’re not done with the budget yet',
    ]);
    // Possessives, elisions and a Dutch ‘t are not quotation marks.
    expect(texts('The workers’ fund and rock ’n’ roll in the ’90s')).toEqual(['n']);
    expect(texts('Youp van ‘t Hek zat op een terras')).toEqual([]);
  });

  it('keeps a quotation inside a quotation as part of the outer one', () => {
    expect(
      texts('“People can say, ‘This is not a real strike.’ It is a mobilization,” she said.'),
    ).toEqual(['People can say, ‘This is not a real strike.’ It is a mobilization,']);
  });

  it('splits a quotation interrupted by narration into its parts', () => {
    expect(texts('“We will win,” said Ana Ruiz. “And then we rest.”')).toEqual([
      'We will win,',
      'And then we rest.',
    ]);
  });

  it('reports a double quotation left open at the end of a paragraph', () => {
    const r = findQuoteSpans('“We built this together,” he said. “And we will keep it.');
    expect(r.spans).toHaveLength(1);
    expect(r.openAt).toBe(35);
  });

  it('ignores a closing mark with no opener', () => {
    expect(texts('he said. We’re moving on with the vote.”')).toEqual([]);
  });

  it('is linear on pathological input', () => {
    const big = '“a b '.repeat(200_000);
    const t0 = performance.now();
    const r = findQuoteSpans(big);
    expect(r.spans).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('helpers', () => {
  it('startsWithOpener', () => {
    expect(startsWithOpener('  “Next paragraph')).toBe(true);
    expect(startsWithOpener('Narration first')).toBe(false);
  });
  it('stripWrappingMarks removes only a pair wrapping the whole text', () => {
    expect(stripWrappingMarks('“All of it.”')).toBe('All of it.');
    expect(stripWrappingMarks('“One,” she said, “two.”')).toBe('“One,” she said, “two.”');
  });
});
