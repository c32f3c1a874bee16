import { describe, expect, it } from 'vitest';
import {
  bylineNames,
  bylineParts,
  namesAfterLead,
  namesWithWriterRole,
  writerOfNote,
} from '../../../lib/extract/metadata/byline-line';

describe('bylineNames', () => {
  it('keeps the names and drops what the newsroom adds', () => {
    expect(bylineNames('Jane Roe, a nurse at St. Olaf Hospital')).toEqual(['Jane Roe']);
    expect(bylineNames('Jane Roe, Senior Reporter')).toEqual(['Jane Roe']);
    expect(bylineNames('Jane Roe in Bergen')).toEqual(['Jane Roe']);
    expect(bylineNames('JANE ROE AND LI WEI')).toEqual(['Jane Roe', 'Li Wei']);
    expect(bylineNames('Ana Lemos e Rui Prata, repórteres em Lisboa')).toEqual([
      'Ana Lemos',
      'Rui Prata',
    ]);
    expect(bylineNames('Jane Roe; editing by Li Wei')).toEqual(['Jane Roe']);
    expect(bylineNames('unserer Korrespondentin Jane Roe')).toEqual(['Jane Roe']);
    expect(bylineNames('our correspondent Jane Roe')).toEqual(['Jane Roe']);
    expect(bylineNames('Jane Roe, with additional reporting by Li Wei')).toEqual([
      'Jane Roe',
      'Li Wei',
    ]);
  });
  it('names nobody in a phrase that is not a byline', () => {
    expect(bylineNames('the numbers')).toBeNull();
    expect(bylineNames('popular demand, again')).toBeNull();
  });
});

describe('namesWithWriterRole', () => {
  it('reads a name line with a writing role', () => {
    expect(namesWithWriterRole('Jane Roe | Staff writer')).toEqual(['Jane Roe']);
    expect(namesWithWriterRole('Lena Brandt, Redakteurin')).toEqual(['Lena Brandt']);
    expect(namesWithWriterRole('Jane Roe · Transport reporter · 2 March 2026')).toEqual([
      'Jane Roe',
    ]);
  });
  it('is not fooled by a source, a quotation credit or a sentence about a journalist', () => {
    expect(namesWithWriterRole('Dana Whitfield, harbour master')).toBeNull();
    expect(namesWithWriterRole('— Jane Roe, editor')).toBeNull();
    expect(
      namesWithWriterRole('Jane Roe, editor of The Atlantic, writes about ferries.'),
    ).toBeNull();
  });
});

describe('bylineParts', () => {
  it('splits a meta line at its separators', () => {
    expect(bylineParts('Mar 2, 2026 · 6 min read · By Jane Roe')).toEqual([
      'Mar 2, 2026',
      '6 min read',
      'By Jane Roe',
    ]);
  });
});

describe('writerOfNote', () => {
  it('reads the writer of a short note in several languages', () => {
    expect(writerOfNote('Jane Roe is a freelance journalist in Oslo.', false, null)).toBe(
      'Jane Roe',
    );
    expect(writerOfNote('Lena Brandt ist Redakteurin beim Hafenblatt.', false, null)).toBe(
      'Lena Brandt',
    );
    expect(writerOfNote('Claire Moreau est journaliste à Lyon.', false, null)).toBe(
      'Claire Moreau',
    );
    expect(writerOfNote('Jane covers housing and local politics.', false, 'Jane Roe')).toBe(
      'Jane Roe',
    );
  });
  it('takes "writes about" only where the note stands apart as one', () => {
    expect(writerOfNote('Jane Roe writes about cities.', false, null)).toBeNull();
    expect(writerOfNote('Jane Roe writes about cities.', true, null)).toBe('Jane Roe');
    expect(writerOfNote('Jane Roe is a nurse at St. Olaf.', false, null)).toBeNull();
  });
});

describe('namesAfterLead', () => {
  it.each([
    ['Story by Jane Roe', 'Jane Roe'],
    ['A guest essay by Jane Roe', 'Jane Roe'],
    ['Words: Jane Roe', 'Jane Roe'],
    ['Ein Gastbeitrag von Jane Roe', 'Jane Roe'],
    ['Texte : Jane Roe', 'Jane Roe'],
    ['Un artículo de Jane Roe', 'Jane Roe'],
    ['Tekst en beeld: Jane Roe', 'Jane Roe'],
    ['A cura di Jane Roe', 'Jane Roe'],
    ['Reportagem de Jane Roe', 'Jane Roe'],
  ])('%s', (line, rest) => {
    expect(namesAfterLead(line)).toBe(rest);
  });
  it('needs the opening words at the start', () => {
    expect(namesAfterLead('Photo by Lars Eide')).toBeNull();
  });
});
