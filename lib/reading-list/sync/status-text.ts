import type { SyncReport } from './state';

// What the options page says about sync, from the last pass's report.

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export function describeSync(
  enabled: boolean,
  report: SyncReport | null,
  now: number,
): { summary: string; details: string[] } {
  if (!enabled) {
    return { summary: 'Off: your reading list stays on this device only.', details: [] };
  }
  if (!report) return { summary: 'Starting…', details: [] };
  const summary =
    report.localOnly === 0
      ? `All ${entries(report.mirrored)} sync through your browser.`
      : `${entries(report.mirrored)} sync through your browser; ${entries(report.localOnly)} stay on this device only (the oldest read ones: the browser’s sync space is full).`;
  const details: string[] = [];
  if (report.waitingUntil !== null && report.waitingUntil > now) {
    const seconds = Math.ceil((report.waitingUntil - now) / 1000);
    details.push(
      `Waiting for the browser’s limit on sync writes: the next update goes out in about ${seconds} s.`,
    );
  }
  if (report.lastError) details.push(`The browser refused the last update (${report.lastError}).`);
  return { summary, details: [...details, ...report.problems] };
}
