import { describe, expect, it } from 'vitest';
import { wholeWording } from '../../../lib/extract/actions/whole-wording';

// A shortened ask label ("…") keeps the whole sentence it came from, for the panel to show.

describe('wholeWording', () => {
  const text =
    'Thanks for reading. If you can, donate to the member hardship fund that covers lost wages for mechanics sent home when it is too hot. Every gift counts!';
  it('finds the sentence holding the label’s last words', () => {
    expect(
      wholeWording(
        'Donate to the member hardship fund that covers lost wages for mechanics sent…',
        text,
      ),
    ).toBe(
      'If you can, donate to the member hardship fund that covers lost wages for mechanics sent home when it is too hot.',
    );
  });
  it('matches across the line breaks of wrapped plain text, in any case', () => {
    expect(
      wholeWording(
        'Sign up to volunteer and help put Dana on the…',
        'Sign up\nto volunteer and help put Dana ON THE\nballot today. Thanks',
      ),
    ).toBe('Sign up to volunteer and help put Dana ON THE ballot today.');
  });
  it('nothing for a whole label, a label the text does not hold, or too few words', () => {
    expect(wholeWording('Donate now', text)).toBeNull();
    expect(wholeWording('Something else entirely here…', text)).toBeNull();
    expect(wholeWording('Two words…', 'Two words and more.')).toBeNull();
  });
  it('a huge text without sentence ends gives nothing rather than a cut (and stays linear)', () => {
    const huge = 'a '.repeat(200_000) + 'lost wages for mechanics sent home';
    expect(wholeWording('Cover lost wages for mechanics sent…', huge)).toBeNull();
  });
});
