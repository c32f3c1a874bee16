import { describe, expect, it } from 'vitest';
import { createProgress, progressText } from '../../cli/progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 60, write: (t: string) => written.push(t), written };
}

describe('archive progress line', () => {
  it('says nothing but whole lines when stderr is not a terminal', () => {
    const s = stream(false);
    const p = createProgress(s, () => 0);
    p.update('a.mbox', 10, 0.5);
    p.line('mailgist: a.mbox: message 3 (line 9): bad');
    p.clear();
    expect(s.written).toEqual(['mailgist: a.mbox: message 3 (line 9): bad\n']);
  });

  it('redraws one line on a terminal, at most five times a second, and clears it for errors', () => {
    const s = stream(true);
    let t = 0;
    const p = createProgress(s, () => t);
    t = 2000;
    p.update('a.mbox', 100, 0.25);
    t = 2100;
    p.update('a.mbox', 110, 0.3); // too soon: not drawn
    p.line('mailgist: a.mbox: message 3 (line 9): bad');
    t = 4000;
    p.update('a.mbox', 200, 0.5);
    p.clear();
    expect(s.written).toEqual([
      'mailgist: a.mbox: 100 messages · 50/s · 25% · ETA 0:06',
      '\r\x1b[K',
      'mailgist: a.mbox: message 3 (line 9): bad\n',
      'mailgist: a.mbox: 200 messages · 50/s · 50% · ETA 0:04',
      '\r\x1b[K',
    ]);
  });

  it('fits the terminal width and counts past an hour', () => {
    expect(progressText(12345, 3_600_000, 0.2)).toBe('12,345 messages · 3.4/s · 20% · ETA 4:00:00');
    const s = stream(true);
    createProgress(s, () => 1000).update('a-very-long-archive-name-that-goes-on.mbox', 1, null);
    expect(s.written[0]!.length).toBeLessThanOrEqual(59);
    expect(s.written[0]!.endsWith('…')).toBe(true);
  });
});
