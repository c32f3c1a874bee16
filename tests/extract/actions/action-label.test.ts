import { describe, expect, it } from 'vitest';
import { tidyLabel } from '../../../lib/extract/actions/action-label';

describe('tidyLabel: quotation marks', () => {
  it.each([
    ['Organizers call a "mass walkout".', 'Organizers call a "mass walkout"'],
    ['Join the “Ride for Safe Streets”!', 'Join the “Ride for Safe Streets”'],
    ['Participez à la « Marche pour le climat »', 'Participez à la « Marche pour le climat »'],
  ])('keeps the closing mark of a quoted last word: %s', (raw, want) => {
    expect(tidyLabel(raw)).toBe(want);
  });
  it('still drops the quotes that wrap a whole label', () => {
    expect(tidyLabel('"Sign the petition"')).toBe('Sign the petition');
  });
});
