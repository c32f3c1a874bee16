// The progress line of a long archive run, on stderr and only when stderr is a terminal (a pipe
// or a log file gets no carriage-return noise). Redrawn at most five times a second.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` messages handled so far; `fraction` of the archive read (0–1), when known. */
  update(label: string, done: number, fraction: number | null): void;
  /** Writes a whole line (an error) without tearing the progress line. */
  line(text: string): void;
  /** Removes the progress line. */
  clear(): void;
}

const REDRAW_MS = 200;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "1,234 messages · 56/s · 43% · ETA 0:42" */
export function progressText(done: number, elapsedMs: number, fraction: number | null): string {
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [
    `${done.toLocaleString('en')} messages`,
    `${perSecond.toFixed(perSecond < 10 ? 1 : 0)}/s`,
  ];
  if (fraction !== null && fraction > 0) {
    parts.push(`${Math.floor(fraction * 100)}%`);
    if (fraction < 1) parts.push(`ETA ${clock(((elapsedMs / fraction) * (1 - fraction)) / 1000)}`);
  }
  return parts.join(' · ');
}

export function createProgress(stream: ProgressStream, now: () => number = Date.now): Progress {
  if (!stream.isTTY) {
    return { update: () => {}, line: (text) => stream.write(`${text}\n`), clear: () => {} };
  }
  const started = now();
  let shown = false;
  let last = 0;
  const erase = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    update(label, done, fraction) {
      const t = now();
      if (shown && t - last < REDRAW_MS) return;
      last = t;
      const text = `mailgist: ${label}: ${progressText(done, t - started, fraction)}`;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      erase();
      stream.write(text.length > width ? `${text.slice(0, width - 1)}…` : text);
      shown = true;
    },
    line(text) {
      erase();
      stream.write(`${text}\n`);
    },
    clear: erase,
  };
}
