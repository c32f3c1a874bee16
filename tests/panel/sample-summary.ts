import type { Summary } from '../../lib/schema';

// A brief as the parser returns it, for panel and component tests.
export function sampleSummary(extra: Partial<Summary> = {}): Summary {
  return {
    schemaVersion: 1,
    headline: 'Hospital Workers Set a Strike Date Across Three Counties',
    dek: 'Nurses, techs and dietary aides say they will walk out together.',
    authors: ['Marisol Okafor-Price'],
    publication: 'The Ward Report',
    sender: { name: 'Shop Floor Digest', address: 'digest@shopfloor.example.org' },
    date: '2026-03-03',
    language: 'en',
    readingMinutes: 4,
    summary: ['Three hospital systems face a joint strike.', 'Staffing ratios are the issue.'],
    sections: [
      { title: 'Staffing is the strike issue', summary: null },
      { title: 'A common expiration date', summary: 'Contracts end together.' },
    ],
    quotes: Array.from({ length: 7 }, (_, i) => ({
      text:
        i === 0
          ? 'We are not walking out on our patients'
          : `Quote number ${i + 1} with enough words`,
      speaker: i === 0 ? 'Teodora Villanueva' : i % 2 ? 'Grant Abernathy' : null,
      score: 1 - i / 10,
    })),
    actions: [
      {
        label: 'Rally at County General',
        kind: 'event',
        url: 'https://act.example.org/rally',
        date: '2026-03-12',
      },
      {
        label: 'Chip in to the strike fund',
        kind: 'donate',
        url: 'https://donate.example.org/fund',
        date: null,
      },
      {
        label: 'Read the full story',
        kind: 'read-more',
        url: 'https://www.wardreport.example.com/strike?utm_source=mail',
        date: null,
      },
      { label: 'Sneaky', kind: 'other', url: 'javascript:alert(1)', date: null },
    ],
    items: [],
    isDigest: false,
    links: [],
    ...extra,
  };
}
