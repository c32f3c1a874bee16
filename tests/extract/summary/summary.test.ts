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

// Chinese and Japanese: no spaces between words, no cased letters, 。！？ at the end (issue 14, W2).
describe('summarizeSentences: Chinese and Japanese', () => {
  const zh = `
<p>今天市议会以七票对二票通过了新的公共交通预算，明年将增加三条夜间公交线路。</p>
<p>议员们表示，这项计划将帮助郊区的轮班工人更方便地在深夜回家。</p>
<p>新的线路预计在明年春季开始运营，票价在未来两年内保持不变。</p>
<p>市民可以在下个月的公开听证会上就具体路线发表意见。</p>`;
  const ja = `
<p>東京都は今日、都心部に新しい自転車道を整備する計画を発表しました。</p>
<p>計画では、来年の秋までに合計五十キロの自転車道を順番に整備します。</p>
<p>住民の多くは安全性の向上を歓迎していますが、駐車場の減少を心配する声もあります。</p>
<p>説明会は来週の土曜日の午後に各区役所で開かれる予定です。</p>`;
  it('summarises a Chinese email in whole sentences', () => {
    const got = summarizeSentences(docFrom({ html: zh }), 3);
    expect(got).toHaveLength(3);
    expect(got[0]).toBe(
      '今天市议会以七票对二票通过了新的公共交通预算，明年将增加三条夜间公交线路。',
    );
    for (const s of got) expect(s).toMatch(/。$/);
  });
  it('summarises a Japanese email in whole sentences', () => {
    const got = summarizeSentences(docFrom({ html: ja }), 2);
    expect(got).toHaveLength(2);
    expect(got[0]).toBe('東京都は今日、都心部に新しい自転車道を整備する計画を発表しました。');
  });
  it('two Chinese sentences in one paragraph are two candidates', () => {
    const got = summarizeSentences(
      docFrom({ html: `<p>${zh.replace(/<\/?p>/g, '').replace(/\s+/g, '')}</p>` }),
      2,
    );
    expect(got).toHaveLength(2);
    for (const s of got) expect(s.match(/。/g)).toHaveLength(1);
  });
});
