import type { EmailDoc } from './document';

/** BCP 47 language of the body. First cut: unknown. */
export function detectLanguage(_doc: EmailDoc): string | null {
  return null;
}
