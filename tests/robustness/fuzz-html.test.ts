import fc from 'fast-check';
import { describe, it } from 'vitest';
import { htmlDocument, htmlTree, mutate, prose } from './arbitraries';
import {
  expectSafeTargets,
  expectWithinWorkBound,
  htmlSnapshot,
  page,
  summariseOk,
  textSnapshot,
} from './support';

// Property tests over generated and mutated HTML and text: whatever the body, summarise() returns
// a Summary that passes the schema, keeps only safe link targets, and stays within the work bound.
// numRuns is kept modest so the robustness suite stays well under a minute on a shared machine;
// a failure prints its seed, and `seed` in fc.assert replays it.

const RUNS = 60;

const REAL_LOOKING = page(`
  <div class="preheader" style="display:none">Preview text you should never see</div>
  <table><tr><td><h1>Hospital workers set a strike date</h1>
  <p><i>Nurses and techs at three systems will walk out together.</i></p>
  <p>By Ana Ruiz · March 2, 2026</p>
  <p>“We are not walking out on our patients,” said Teodora Villanueva, a nurse at St. Brigid’s.</p>
  <p>Rally on Thursday, March 12 at 5pm. <a href="https://example.org/rally">RSVP here</a></p>
  <td bgcolor="#c00"><a href="https://donate.example.org/give" style="background:#c00;padding:10px">Donate now</a></td>
  </td></tr></table>
  <p><a href="https://example.org/unsubscribe">Unsubscribe</a> · 123 Main St, Springfield</p>`);

describe('fuzz: HTML bodies', () => {
  it('random email-shaped HTML trees, in a full page', () => {
    fc.assert(
      fc.property(htmlTree, (body) => {
        expectSafeTargets(summariseOk(htmlSnapshot(page(body))));
      }),
      { numRuns: RUNS },
    );
  });

  it('random HTML, as a page or as a bare fragment', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        expectSafeTargets(summariseOk(htmlSnapshot(html)));
      }),
      { numRuns: RUNS },
    );
  });

  it('a real-looking newsletter cut, spliced and corrupted at random points', () => {
    fc.assert(
      fc.property(mutate(REAL_LOOKING), (html) => {
        expectSafeTargets(summariseOk(htmlSnapshot(html)));
      }),
      { numRuns: RUNS },
    );
  });

  it('binary garbage as an HTML body and as a text body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 2000 }), (junk) => {
        summariseOk(htmlSnapshot(junk));
        summariseOk(textSnapshot(junk));
      }),
      { numRuns: RUNS },
    );
  });

  it('right-to-left, mixed-script and emoji text, as HTML and as text', () => {
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 8 }), (paras) => {
        summariseOk(htmlSnapshot(page(paras.map((p) => `<p dir="auto">${p}</p>`).join(''))));
        summariseOk(textSnapshot(paras.join('\n\n')));
      }),
      { numRuns: RUNS },
    );
  });

  it('emoji-only mail', () => {
    const emoji = fc.array(fc.constantFrom('🎉', '✊🏽', '👩‍👩‍👧', '🇺🇦', '❤️', '🔥', '📣', '🗳️'), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(emoji, (xs) => {
        summariseOk(
          htmlSnapshot(page(`<h1>${xs.slice(0, 3).join('')}</h1><p>${xs.join(' ')}</p>`), '🎉🎉'),
        );
        summariseOk(textSnapshot(xs.join('')));
      }),
      { numRuns: 30 },
    );
  });

  it('stays within the work bound on generated pages grown 20 times over', () => {
    fc.assert(
      fc.property(fc.array(htmlTree, { minLength: 1, maxLength: 4 }), (parts) => {
        const body = parts.join('').repeat(20);
        expectWithinWorkBound(htmlSnapshot(page(body)), { runs: 2 });
      }),
      { numRuns: 8 },
    );
  });
});
