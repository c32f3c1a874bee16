import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/email/snapshot';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { extractHeadline } from '../../../lib/extract/metadata/headline';
import { parseHtmlNode } from '../../../lib/node-dom';

function doc(body: { html?: string; text?: string }, subject = '', fromName: string | null = null) {
  const snapshot: EmailSnapshot = {
    subject,
    from: { name: fromName, address: null },
    date: '2024-05-06T10:00:00Z',
    html: body.html ?? null,
    text: body.text ?? null,
    provider: 'file',
  };
  return buildDocument(snapshot, parseHtmlNode);
}

describe('extractHeadline', () => {
  it('takes the body title that says the subject, in the subject casing when only case differs', () => {
    const d = doc(
      {
        text: 'WILL THE BRIDGE REOPEN BY JUNE?\n\nBy Ann Lee\n\nCrews worked through the night on the deck.',
      },
      'Will the Bridge Reopen by June?',
    );
    expect(extractHeadline(d).headline).toBe('Will the Bridge Reopen by June?');
  });

  it('keeps an issue-numbered subject for a digest', () => {
    const d = doc(
      { html: '<h2>#Favorites</h2><p>Some link //site</p>' },
      'Weekly Links #88',
      'Weekly Links',
    );
    expect(extractHeadline(d).headline).toBe('Weekly Links #88');
  });

  it('prefers the lead story heading over a generic subject', () => {
    const d = doc(
      {
        html: '<p>Intro line for today.</p><h2>Rates climb again</h2><p>Spot rates doubled in a month on the busiest lane.</p>',
      },
      'Money Notes',
      null,
    );
    expect(extractHeadline(d).headline).toBe('Rates climb again');
  });

  it('joins a masthead and its issue line when there is no subject', () => {
    const d = doc({
      html: '<h1>GARDEN POST</h1><p>No. 31 — May 5, 2024</p><h2>Idea</h2><p>Water in the evening, not at noon, for deeper roots.</p>',
    });
    expect(extractHeadline(d).headline).toBe('GARDEN POST No. 31');
  });

  it('drops a rubric kicker and skips a masthead named in the footer', () => {
    const html =
      '<h1>Metro Morning</h1><p>By Jo Park ·May 2, 2024</p><h1>1 big thing: The last ferry out</h1><p>The service ends this summer after ninety years.</p>' +
      '<p>You received this email because you signed up for newsletters from Metro Morning.</p>';
    expect(extractHeadline(doc({ html })).headline).toBe('The last ferry out');
  });

  it('does not take a call-to-action caps line in text mail', () => {
    const d = doc(
      { text: 'Friends,\n\nWe need you this week.\n\nDONATE NOW\n\nThank you,\nTeam Vale' },
      'A quick ask',
    );
    expect(extractHeadline(d).headline).toBe('A quick ask');
  });

  it('finds the dek: a subheading or an italic standfirst after byline lines', () => {
    const sub = doc(
      {
        html: '<h1>The Endgame</h1><h2>What happens next?</h2><p>by Sam Cole</p><p>Body text here that runs on for a while.</p>',
      },
      'The Endgame',
    );
    expect(extractHeadline(sub).dek).toBe('What happens next?');
    const italic = doc(
      {
        text: 'THE ENDGAME\n\nSam Cole\nMay 1, 2024\n\n_ A standfirst that sets up the story in one line. _\n\nBody text.',
      },
      'The Endgame',
    );
    expect(extractHeadline(italic).dek).toBe('A standfirst that sets up the story in one line.');
  });

  it('uses the slug of the view-online link when nothing else names the post', () => {
    const d = doc({
      html: '<p>Long opening paragraph of the post that goes on and on and on and does not stop.</p><p><a href="https://world.example.com/ann/here-s-how-to-fix-email-79632ecb">View this post online</a></p>',
    });
    expect(extractHeadline(d).headline).toBe("Here's how to fix email");
  });

  it('never returns an empty headline', () => {
    expect(extractHeadline(doc({ text: '' })).headline.length).toBeGreaterThan(0);
  });
});
