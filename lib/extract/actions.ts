import type { Action } from '../schema';
import type { EmailDoc } from './document';

/** Calls to action (donate, sign, attend on a date, subscribe…). First cut: none. */
export function extractActions(_doc: EmailDoc): Action[] {
  return [];
}
