import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

// One notice at a time (a toast): a confirmation, an error, or an undoable change.

export interface Notice {
  message: string;
  tone: 'info' | 'error';
  /** Offers an Undo button while the notice is shown. */
  undo?: () => Promise<void> | void;
}

export function useNotices(timeoutMs = 6000) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setNotice(null);
  }, []);
  const notify = useCallback(
    (n: Notice) => {
      if (timer.current) clearTimeout(timer.current);
      setNotice(n);
      // Errors and undo offers stay longer: the user has something to read or do.
      const ms = n.tone === 'error' || n.undo ? timeoutMs * 2 : timeoutMs;
      timer.current = setTimeout(() => setNotice(null), ms);
    },
    [timeoutMs],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return { notice, notify, clear };
}

export type Notify = (n: Notice) => void;
