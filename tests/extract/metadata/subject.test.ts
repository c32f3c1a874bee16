import { describe, expect, it } from 'vitest';
import { cleanSubject, subjectTitle } from '../../../lib/extract/metadata/meta-lead';

describe('cleanSubject', () => {
  it.each([
    ['[intheloop@tacticaltech] New tools for researchers', 'New tools for researchers'],
    ['[bike-advocates] Meeting moved to Thursday', 'Meeting moved to Thursday'],
    ['Fwd: [list+news@example.org] Spring walk audits', 'Spring walk audits'],
    ['☀️ Guten Morgen, Berlin ☀️', 'Guten Morgen, Berlin'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanSubject(raw)).toBe(clean);
  });

  it('keeps a newsletter’s own bracketed name', () => {
    expect(cleanSubject('[The CloudSecList] Issue 33')).toBe('[The CloudSecList] Issue 33');
  });
});

describe('subjectTitle', () => {
  it.each([
    // A newsletter word in the first part: the rest is the story.
    [
      'Riverside Walks September Newsletter - Take the Lane to City Council',
      [],
      'Take the Lane to City Council',
    ],
    [
      'Stadtbrief Rundbrief | Neue Radwege für die Innenstadt',
      [],
      'Neue Radwege für die Innenstadt',
    ],
    // One of the email's own names before a colon.
    ['money stuff: The crypto rules are here', ['money stuff'], 'The crypto rules are here'],
  ])('%s → %s', (subject, names, title) => {
    expect(subjectTitle(subject, names)).toBe(title);
  });

  it.each([
    'TAKE ACTION: $5 million for Vision Zero Funding! City Hall Feb 18',
    'Petition Update - Church Bike Lane Parking Permit Campaign WIN!',
    'PBA October Newsletter! Oct 12: Belmont Family Picnic!',
    'Weekly Newsletter - Hi',
  ])('keeps a subject whose first part is not a name: %s', (subject) => {
    expect(subjectTitle(subject, [])).toBe(subject);
  });
});
