import { describe, expect, it } from 'vitest';
import { senderFullName } from '../../../lib/extract/quotes/sender-full-name';
import { NameBook } from '../../../lib/extract/text/person-names';

describe('senderFullName', () => {
  it('completes a given name from a personal From name', () => {
    expect(senderFullName('Dana', { name: 'Dana Whitfield', address: null })).toBe(
      'Dana Whitfield',
    );
  });
  it('completes a given name spelled with the surname as the sending domain', () => {
    expect(senderFullName('Dana', { name: 'Team HQ', address: 'info@danawhitfield.example' })).toBe(
      'Dana Whitfield',
    );
  });
  it('leaves a brand alone', () => {
    // "Acme" + "news" is a publication, not a surname.
    expect(
      senderFullName('Acme', { name: 'Acme News', address: 'hi@acmenews.example' }),
    ).toBeNull();
    expect(senderFullName('Axios', { name: 'Axios', address: 'news@axios.example' })).toBeNull();
    expect(senderFullName('Dana', { name: 'Weekly', address: 'x@example.org' })).toBeNull();
  });
});

describe('NameBook.resolveSpeaker', () => {
  it('completes a speaker from outside but never a mention', () => {
    const book = new NameBook((given) => (given === 'Picket' ? 'Picket Line' : null));
    expect(book.resolveSpeaker('Picket')).toBe('Picket Line');
    expect(book.resolve('Picket')).toBe('Picket');
  });
});
