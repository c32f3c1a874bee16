import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { FixturePage } from './fixture-pages';

// The pages the first-screen check measures the brief on (issue 17): a second Gmail account
// (/mail/u/1/) whose threads are the kinds of newsletter a reader opens most — the reference email
// as Gmail shows a plain-text message, a 54-story digest, a single-article newsletter, a long
// essay and a briefing with a week of events. Written for the project in the shape of each platform's markup (invented people and
// publications); built into the run's own folder, since the digest and the essay are long.

interface Message {
  id: string;
  subject: string;
  from: { name: string; address: string };
  /** Gmail's date tooltip, e.g. "Tue, Feb 10, 2026, 6:30 AM". */
  date: string;
  /** The message body as Gmail renders it inside .a3s. */
  body: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A text/plain message as Gmail shows it: the text escaped, each line break a <br>, web
 * addresses made links (Gmail's autolinker), inside a <div dir="ltr">.
 */
export function plainTextAsGmailShows(text: string): string {
  const linked = esc(text.replace(/\r\n/g, '\n')).replace(
    /\bhttps?:\/\/[^\s<>"]+/g,
    (url) => `<a href="${url}" target="_blank">${url}</a>`,
  );
  return `<div dir="ltr">${linked.replace(/\n/g, '<br>\n')}</div>`;
}

function thread(m: Message): string {
  return `<template data-mock-thread="${m.id}">
<div class="nH a98 iY">
<div class="nH"><div class="ha"><h2 class="hP" data-legacy-thread-id="${m.id.slice(-16).toLowerCase()}" tabindex="-1">${esc(m.subject)}</h2></div></div>
<div role="list" class="Bu"><div role="listitem" class="h7 bg ie nH" aria-expanded="true">
<div class="adn ads" data-message-id="#msg-f:${m.id}"><div class="gs">
<div class="gE iv gt"><table class="cf gJ"><tbody><tr class="acZ">
<td class="gF gK"><h3 class="iw"><span email="${esc(m.from.address)}" name="${esc(m.from.name)}" class="gD"><span>${esc(m.from.name)}</span></span></h3></td>
<td class="gH"><div class="gK"><span class="g3" title="${esc(m.date)}">${esc(m.date)}</span></div></td></tr></tbody></table></div>
<div class="ii gt"><div class="a3s aiL ">${m.body}<div class="yj6qo"></div><div class="adL"></div></div></div>
</div></div></div></div>
</div>
</template>`;
}

function gmailPage(messages: Message[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr class="zA zE" role="row" tabindex="-1" data-mock-open="${m.id}"><td class="yX xY"><span email="${esc(m.from.address)}" class="zF">${esc(m.from.name)}</span></td><td class="xY a4W"><span class="bog">${esc(m.subject)}</span></td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox - reader@example.com - Gmail</title>
<style>body{margin:0;font-family:Roboto,Arial,sans-serif}[role=main]{display:flex}[data-mock-list]{width:35%}[data-mock-pane]{flex:1}.a98{padding:16px}</style></head>
<body><div class="nH"><div class="nH" role="main">
<div data-mock-list=""><table class="F cf zt" role="grid"><tbody>
${rows}
</tbody></table></div>
<div class="nH" data-mock-pane=""></div>
</div></div>
${messages.map(thread).join('\n')}
<script>
(function () {
  var pane = document.querySelector('[data-mock-pane]');
  function render() {
    var m = /^#[a-z]+\\/([A-Za-z0-9]+)/.exec(location.hash);
    var tpl = m && document.querySelector('template[data-mock-thread="' + m[1] + '"]');
    pane.replaceChildren();
    if (tpl) pane.appendChild(tpl.content.cloneNode(true));
  }
  document.addEventListener('click', function (e) {
    var tr = e.target.closest && e.target.closest('tr[data-mock-open]');
    if (tr) location.hash = '#inbox/' + tr.getAttribute('data-mock-open');
  });
  window.addEventListener('hashchange', render);
  render();
})();
</script>
</body></html>
`;
}

// ── A digest in Hacker Newsletter's shape: sections of linked stories through a click tracker,
// each with a one-line blurb and a comments link; sponsor, share and footer furniture around them.

const TOPICS = [
  ['Favorites', ['compiler', 'database', 'terminal', 'garden', 'bicycle', 'library']],
  ['Programming', ['parser', 'scheduler', 'allocator', 'debugger', 'linker', 'type checker']],
  ['Design', ['typeface', 'colour palette', 'form', 'icon set', 'grid', 'dashboard']],
  ['Startups', ['pricing page', 'first hire', 'board meeting', 'seed round', 'pivot', 'launch']],
  ['Data', ['query planner', 'column store', 'index', 'sampling method', 'benchmark', 'cache']],
  ['Security', ['password reset', 'key rotation', 'sandbox', 'audit log', 'firmware', 'badge']],
  ['Science', ['telescope', 'glacier', 'coral reef', 'fungus', 'comet', 'river delta']],
  ['Hardware', ['keyboard', 'solder joint', 'battery', 'sensor', 'printer', 'radio']],
  ['Fun', ['crossword', 'chess opening', 'paper plane', 'card trick', 'kite', 'sandcastle']],
] as const;
const MOVES = [
  'How we rebuilt the',
  'What I learned from a broken',
  'The hidden cost of a slow',
  'A field guide to the modern',
  'Why nobody fixes the',
  'Ten years with one',
];

function digestBody(): string {
  let n = 0;
  const sections = TOPICS.map(([topic, things]) => {
    const stories = things.map((thing, i) => {
      n += 1;
      const title = `${MOVES[(i + n) % MOVES.length]} ${thing}`;
      const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
      const target = `https://blog${n}.example.org/${slug}`;
      const tracked = `https://hackernewsletter.us1.list-manage.example/track/click?u=4f2a&id=${n}x${i}&e=9c1&url=${encodeURIComponent(target)}`;
      return `<p style="margin:0 0 14px"><a href="${esc(tracked)}" style="font-weight:bold;color:#1a0dab">${esc(title)}</a> <span style="color:#777">(blog${n}.example.org)</span><br>
<span style="font-size:14px">Story ${n} of this week: a close look at the ${esc(thing)} and what it taught one team about patience.</span> <a href="https://news.example.com/item?id=${4000 + n}" style="font-size:12px;color:#777">comments</a></p>`;
    });
    return `<h2 style="font-size:18px;border-bottom:1px solid #eee">#${topic}</h2>\n${stories.join('\n')}`;
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tbody><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif"><tbody>
<tr><td style="font-size:12px;color:#777;padding:8px 0"><a href="https://hackernewsletter.example/archive/712">View this email in your browser</a></td></tr>
<tr><td style="padding:8px 0"><img src="https://hackernewsletter.example/logo.png" alt="Hacker Digest" width="200" height="40"></td></tr>
<tr><td style="font-size:14px;color:#555">Issue #712 &middot; March 6, 2026 &middot; 54 links this week</td></tr>
<tr><td style="padding:12px;background:#f6f6f0;font-size:14px"><strong>Sponsor</strong> &mdash; <a href="https://ads.example.net/c/relaydb">RelayDB: the database that scales with you. Start free today.</a></td></tr>
<tr><td style="font-size:16px;line-height:1.45">
${sections.join('\n')}
</td></tr>
<tr><td style="padding:16px 0;font-size:14px"><a href="https://hackernewsletter.example/share?i=712">Share this issue</a> &middot; <a href="https://twitter.example.com/intent/tweet?text=Hacker%20Digest">Tweet this issue</a> &middot; <a href="https://hackernewsletter.example/refer?u=9c1">Refer your friends and earn rewards</a> &middot; <a href="https://hackernewsletter.example/advertise">Advertise with Hacker Digest</a></td></tr>
<tr><td style="font-size:12px;color:#777;padding:16px 0">You are receiving this because you subscribed at hackernewsletter.example.<br>
<a href="https://hackernewsletter.example/unsubscribe?u=9c1">Unsubscribe</a> &middot; <a href="https://hackernewsletter.example/preferences?u=9c1">Update your preferences</a><br>Hacker Digest, 1 Example Way, Springfield</td></tr>
</tbody></table></td></tr></tbody></table>`;
}

// ── A single-article newsletter in a Mailchimp template: masthead, one story with quotes, a
// donation button, a dated event with its time, and the usual share / refer / advertise rows.

const ARTICLE = [
  'The Eastbrook school board voted 5 to 2 on Tuesday to keep all eleven neighbourhood libraries open on Saturdays through the end of the school year, reversing a plan that would have closed six of them to save money.',
  '“Saturday is the only day many of our families can come in together,” said board member Lucia Ferreira, who proposed the amendment. “Closing the doors on that day would have closed them for good for a lot of kids.”',
  'The change costs about $410,000, which the board will take from a reserve fund set aside for building repairs. Two members voted against it, saying the repairs cannot wait another year.',
  '“We are choosing between a leaking roof and a locked door, and nobody should have to make that choice,” said board member Harold Kim, who voted no.',
  'Librarians said Saturday visits rose by a fifth last year, driven by homework help sessions and a free tutoring programme run by volunteers from the community college.',
  'Parents who packed the meeting room cheered the vote. Several had organised a petition that gathered more than three thousand signatures in two weeks.',
  '“We did not expect to win this quickly, but we are not done,” said Amara Osei, a parent of two who helped lead the petition drive. “Next we want Sunday hours.”',
  'The board will take up the repair budget again at its next meeting, when the district expects updated estimates from its engineers.',
];

function singleArticleBody(): string {
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" id="bodyTable"><tbody><tr><td align="center" valign="top" id="bodyCell">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" class="templateContainer"><tbody>
<tr><td class="templatePreheader" style="font-size:11px;color:#656565"><a href="https://us5.campaign-archive.example/?u=7a1&id=3bc">View this email in your browser</a></td></tr>
<tr><td class="templateHeader"><img src="https://mcusercontent.example/eastbrook/logo.png" alt="Eastbrook Chronicle" width="300" height="60"></td></tr>
<tr><td class="templateBody mcnTextContent" style="font-family:Georgia,serif;font-size:16px;line-height:1.5">
<h1 style="font-size:26px">School Board Keeps Every Library Open on Saturdays</h1>
<p style="font-size:14px;color:#555">By Nadia Kowalczyk &middot; March 4, 2026</p>
${ARTICLE.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p><a href="https://eastbrookchronicle.example/2026/03/libraries-saturdays">Read this story on our website</a></p>
<p>Join our readers&rsquo; forum on the library budget on Thursday, March 19 at 6:30 pm at the Central Library. <a href="https://eastbrookchronicle.example/events/forum">RSVP for the forum</a></p>
</td></tr>
<tr><td align="center" style="padding:18px"><table role="presentation" class="mcnButtonContentContainer" style="background:#2b6cb0;border-radius:4px"><tbody><tr><td class="mcnButtonContent" style="padding:14px 28px"><a class="mcnButton" href="https://eastbrookchronicle.example/donate?utm_source=newsletter" style="color:#fff;font-weight:bold;text-decoration:none">Become a member and keep local news free</a></td></tr></tbody></table></td></tr>
<tr><td class="mcnFollowContent" style="padding:12px;font-size:13px"><a href="https://twitter.example.com/intent/tweet?url=https%3A%2F%2Feastbrookchronicle.example%2F2026%2F03%2Flibraries-saturdays">Tweet this story</a> &middot; <a href="https://www.facebook.example/sharer/sharer.php?u=https%3A%2F%2Feastbrookchronicle.example%2F2026%2F03%2Flibraries-saturdays">Share on Facebook</a> &middot; <a href="https://eastbrookchronicle.example/refer?u=7a1">Refer your friends and get a free tote bag for every three readers who sign up through your personal link</a> &middot; <a href="https://eastbrookchronicle.example/advertise">Advertise with the Eastbrook Chronicle</a></td></tr>
<tr><td class="templateFooter" style="font-size:12px;color:#656565">Copyright &copy; 2026 Eastbrook Chronicle, All rights reserved.<br>You are receiving this email because you opted in on our website.<br>
<a href="https://eastbrookchronicle.us5.list-manage.example/unsubscribe?u=7a1">unsubscribe from this list</a> &middot; <a href="https://eastbrookchronicle.us5.list-manage.example/profile?u=7a1">update subscription preferences</a></td></tr>
</tbody></table></td></tr></tbody></table>`;
}

// ── A long essay in Substack's post markup: title, subtitle, byline, seven sections of prose
// with a few quotations, then the subscribe and share buttons and the footer.

const ESSAY: [string, string[]][] = [
  [
    'The map on the wall',
    [
      'For thirty years the county transit office kept a paper map on the wall behind the front desk. Every route was a coloured thread pinned between stops, and every change to the network meant someone standing on a chair with a box of pins.',
      'The map came down last spring, replaced by a screen that shows every bus in real time. It is a better tool in almost every way, and yet the planners I spoke to miss the old one, because the chair forced them to look at the whole network before touching any part of it.',
      'This essay is about that habit of looking at the whole, and what happens to a city when it is lost. It is also about buses, because buses are where the habit matters most and where it is easiest to forget.',
    ],
  ],
  [
    'A network, not a list of routes',
    [
      'Most riders experience transit as a single line: the bus that stops at the corner, the train that goes downtown. Planners experience it as a web, where every change ripples into a dozen connections that riders never see.',
      '“When you move one bus ten minutes earlier, you break a transfer for somebody you will never meet,” said Odette Marchetti, who drew the county’s network for two decades before retiring in 2024.',
      'The county’s ridership surveys bear this out. Nearly half of all trips involve a transfer, and riders who miss a connection twice in a month are far more likely to stop riding altogether within a year.',
      'A list of routes hides those connections. A map on a wall, with its pins and threads, made them impossible to ignore.',
    ],
  ],
  [
    'The tyranny of the dashboard',
    [
      'The new screen shows on-time performance for every route in green, amber and red. It is an honest measure, and it has quietly changed what the office works on.',
      'Routes that run late get attention. Routes that run on time but connect badly get none, because the dashboard has no colour for a missed transfer. A bus can be perfectly punctual and still strand a rider at a cold stop for forty minutes.',
      '“We fix what we can see,” one scheduler told me, asking not to be named because she still works there. “And the screen shows us buses, not people.”',
      'None of this is the screen’s fault. Measures shape attention in every organisation, and a measure that fits on a dashboard is always going to be narrower than the work it describes.',
    ],
  ],
  [
    'What riders notice',
    [
      'I spent two weeks riding the county’s busiest routes and asking people what they would change. Almost nobody mentioned punctuality. They talked about waiting: at transfers, at night, on Sundays, in the rain.',
      '“I do not care if the bus is two minutes late,” said Bartholomew Nwosu, a night-shift nurse who rides three buses to work. “I care that if I miss the second one, I wait an hour for the next.”',
      'His complaint is a network complaint. It cannot be solved on any one route, and it does not show up on any one line of the dashboard.',
    ],
  ],
  [
    'Frequency as a promise',
    [
      'There is one change that makes transfers painless, and it is expensive: run the buses often enough that nobody needs a timetable. When a bus comes every ten minutes, a missed connection costs ten minutes, not an hour.',
      'The county cannot afford that everywhere. It can afford it on a grid of main corridors, if it is willing to run fewer buses on the winding routes that serve a handful of riders each.',
      'That trade is politically painful, because every winding route has a council member who fought for it. It is also the trade that nearly every city with growing ridership has made.',
      '“Frequency is a promise you make to people you have not met yet,” said Marchetti. “Coverage is a promise you made to people who already complained.”',
    ],
  ],
  [
    'Putting the map back up',
    [
      'The planners have not asked for the paper map back. What they want is a weekly hour in which nobody looks at the dashboard and everybody looks at the network as a whole, transfer by transfer.',
      'It is a small ritual, and it costs nothing but time. It may also be the most useful change the office makes this year, because it restores the habit the chair used to force on them.',
      'Other agencies have tried versions of this. Some print the network on a table-sized sheet once a quarter; some walk a route end to end with a rider who depends on it.',
    ],
  ],
  [
    'What you can do',
    [
      'If you ride, tell the county about your transfers, not just your late buses. The public comment period on next year’s network plan is open until the end of the month.',
      'If you do not ride, ask someone who does what their worst wait is. The answer will tell you more about a city’s transit than any dashboard.',
    ],
  ],
];

function essayBody(): string {
  const sections = ESSAY.map(
    ([title, paragraphs]) =>
      `<h2 class="header-anchor-post">${esc(title)}</h2>\n${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`,
  ).join('\n');
  const post = 'https://slowcommute.substack.example/p/the-map-on-the-wall';
  return `<table class="email-body-container" role="presentation" width="100%"><tbody><tr><td></td><td class="content" width="550">
<table role="presentation" width="100%"><tbody><tr><td align="right" style="font-size:13px"><a href="${post}?utm_source=email&amp;redirect=app-store">Open in app</a> or <a href="${post}?utm_source=email">online</a></td></tr></tbody></table>
<div class="post typography" dir="auto">
<div class="post-header">
<h1 class="post-title published"><a href="${post}?utm_source=email">The Map on the Wall</a></h1>
<h3 class="subtitle" style="font-weight:normal;color:#757575">Why transit planners should look at the whole network before touching any part of it</h3>
<table class="post-meta custom" role="presentation"><tbody><tr><td class="post-meta-item post-meta-item-author"><a href="https://substack.example/@ingridlarsen?utm_source=email">Ingrid Larsen</a></td><td class="post-meta-item post-meta-item-date">Mar 2, 2026</td></tr></tbody></table>
<table role="presentation" width="100%"><tbody><tr><td align="center"><a class="email-button-outline" href="${post}/comments?utm_source=email">Comment</a> <a class="email-button-outline" href="${post}?utm_source=substack&amp;utm_medium=email&amp;action=share">Share</a> <a class="email-button-outline" href="${post}?utm_source=substack&amp;action=restack-comment">Restack</a></td></tr></tbody></table>
</div>
<div class="body markup" dir="auto">
${sections}
<p>Thanks for reading The Slow Commute! Subscribe for free to receive new posts and support my work.</p>
<table class="email-button" role="presentation" width="100%"><tbody><tr><td align="center"><a class="button primary" href="https://slowcommute.substack.example/subscribe?utm_source=email">Subscribe</a></td></tr></tbody></table>
</div></div>
<table class="post-cta" role="presentation" width="100%"><tbody><tr><td align="center"><a class="email-button" href="${post}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share">Share</a> <a href="${post}?utm_source=substack&amp;action=like">Like</a></td></tr></tbody></table>
<div class="footer" style="color:#757575;font-size:13px;text-align:center"><p class="small copyright">© 2026 Ingrid Larsen<br>548 Market Street PMB 72296, San Francisco, CA 94104</p><p class="small"><a href="https://slowcommute.substack.example/action/disable_email?token=abc">Unsubscribe</a></p></div>
</td><td></td></tr></tbody></table>`;
}

// ── A morning briefing in a campaign-mail template: eight numbered items with bold lead-ins, a
// week of dated events with times, a petition and a donation ask, and the usual footer.

const BRIEFING: [string, string][] = [
  [
    'The vote is Thursday.',
    'The county commission takes up the wage ordinance on Thursday evening, after two delays. Supporters need four of seven votes; three commissioners are still undecided.',
  ],
  [
    'What changed overnight.',
    '“We have heard from hundreds of home care workers this month, and that changed my mind,” said Commissioner Delphine Aboagye, who had opposed the draft in March.',
  ],
  [
    'The money question.',
    'The budget office estimates the ordinance would cost the county $2.3 million a year through its contracts, about a third of what opponents claimed.',
  ],
  [
    'Who is still undecided.',
    'Commissioners Varga, Lindqvist and Osterhout have not said how they will vote. All three represent districts where most home care workers live.',
  ],
  [
    'From the field.',
    '“Every shift I work, I choose between my own bills and my patients’ groceries,” said Marisol Quintero, a home care aide for eleven years.',
  ],
  [
    'The other side.',
    'The regional business council says the ordinance will push agencies out of the county and has asked for a two-year delay.',
  ],
  [
    'By the numbers.',
    'Home care aides in the county earn a median of $15.40 an hour; the ordinance would raise the floor to $20 by 2028.',
  ],
  [
    'What to watch.',
    'If the ordinance passes, a second vote on enforcement is expected in June. If it fails, organisers plan to put it on the November ballot.',
  ],
];

/** The week's events, from the day after the briefing: what, when (day offset, time), slug. */
const BRIEFING_EVENTS: [string, number, string, string][] = [
  ['Phone bank for the wage ordinance', 1, '6:00 pm', 'phonebank'],
  ['Door knocking in District 4', 2, '5:30 pm', 'canvass'],
  ['Testimony training on Zoom', 3, '7:00 pm', 'training'],
  ['Pack the commission hearing', 4, '5:00 pm', 'hearing'],
  ['Victory party or regroup', 5, '7:30 pm', 'party'],
  ['Volunteer orientation', 6, '10:00 am', 'orientation'],
];

const dayAfter = (d: Date, days: number) =>
  new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 12);
const longDay = (d: Date) =>
  d.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });

/** Sent on `sent`: its events are the coming week, so the next one is always still ahead. */
function briefingBody(sent: Date): string {
  const items = BRIEFING.map(
    ([lead, text], i) =>
      `<tr><td style="padding:8px 24px;font-size:16px;line-height:1.5"><p><strong>${i + 1}. ${esc(lead)}</strong> ${esc(text)}</p></td></tr>`,
  ).join('\n');
  const events = BRIEFING_EVENTS.map(
    ([what, days, time, slug]) =>
      `<li><strong>${esc(longDay(dayAfter(sent, days)))} at ${time}:</strong> ${esc(what)}. <a href="https://act.homecarenow.example/events/${slug}">RSVP</a></li>`,
  ).join('\n');
  const date = sent.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tbody><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif"><tbody>
<tr><td style="font-size:12px;color:#777;padding:8px 24px"><a href="https://act.homecarenow.example/briefing/2026-04-12">View in your browser</a></td></tr>
<tr><td style="padding:8px 24px"><img src="https://act.homecarenow.example/logo.png" alt="Home Care Now" width="200" height="40"></td></tr>
<tr><td style="padding:8px 24px"><h1 style="font-size:24px">Wage Vote Briefing: Four Days to Thursday</h1><p style="color:#555">By Tomasz Brennan &middot; ${date}</p></td></tr>
${items}
<tr><td style="padding:8px 24px;font-size:16px"><h2>This week</h2><ul>
${events}
</ul></td></tr>
<tr><td style="padding:8px 24px;font-size:16px"><p>Can’t make it in person? <a href="https://act.homecarenow.example/petition/wage">Sign the petition to the commission</a> before Thursday.</p></td></tr>
<tr><td align="center" style="padding:16px"><a href="https://act.homecarenow.example/donate" style="background:#b3261e;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Chip in $5 for the final push</a></td></tr>
<tr><td style="padding:8px 24px;font-size:13px"><a href="https://act.homecarenow.example/share">Forward this briefing to a friend</a> &middot; <a href="https://social.example/homecarenow">Follow us</a></td></tr>
<tr><td style="font-size:12px;color:#777;padding:16px 24px">Home Care Now &middot; 40 Union Square, Riverton<br><a href="https://act.homecarenow.example/unsubscribe?u=77">Unsubscribe</a> &middot; <a href="https://act.homecarenow.example/preferences?u=77">Email preferences</a></td></tr>
</tbody></table></td></tr></tbody></table>`;
}

const ID = {
  reference: 'FMfcgzQfBrfReferenceLaborDigest',
  digest: 'FMfcgzQfBrfDigestHackerDigest',
  article: 'FMfcgzQfBrfArticleEastbrook',
  essay: 'FMfcgzQfBrfEssaySlowCommute',
  briefing: 'FMfcgzQfBrfBriefingHomeCare',
};

/** What the check expects each brief to show: enough to know the right message is in the panel. */
export interface LengthPage extends FixturePage {
  headline: string;
}

/**
 * Writes the measured account's Gmail page into `dir` and returns one page per message. The
 * reference email is read from samples/ as the project ships it.
 */
export async function writeBriefPages(
  dir: string,
  root: string,
  today = new Date(),
): Promise<LengthPage[]> {
  const eml = await simpleParser(readFileSync(join(root, 'samples/labor-digest-mass-strike.eml')));
  const messages: Message[] = [
    {
      id: ID.reference,
      subject: eml.subject ?? '',
      from: { name: 'Labor Digest', address: 'digest@labordigest.example.org' },
      date: 'Tue, Feb 10, 2026, 6:30 AM',
      body: plainTextAsGmailShows(eml.text ?? ''),
    },
    {
      id: ID.digest,
      subject: 'Hacker Digest #712',
      from: { name: 'Hacker Digest', address: 'editor@hackernewsletter.example' },
      date: 'Fri, Mar 6, 2026, 5:00 PM',
      body: digestBody(),
    },
    {
      id: ID.article,
      subject: 'School Board Keeps Every Library Open on Saturdays',
      from: { name: 'Eastbrook Chronicle', address: 'news@eastbrookchronicle.example' },
      date: 'Wed, Mar 4, 2026, 7:00 AM',
      body: singleArticleBody(),
    },
    {
      id: ID.essay,
      subject: 'The Map on the Wall',
      from: {
        name: 'Ingrid Larsen from The Slow Commute',
        address: 'slowcommute@substack.example',
      },
      date: 'Mon, Mar 2, 2026, 9:12 AM',
      body: essayBody(),
    },
    {
      id: ID.briefing,
      subject: 'Wage Vote Briefing: Four Days to Thursday',
      from: { name: 'Home Care Now', address: 'briefing@homecarenow.example' },
      date: `${today.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' })}, 8:00 AM`,
      body: briefingBody(today),
    },
  ];
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'gmail-second-account.html');
  writeFileSync(file, gmailPage(messages));
  const page = (name: string, id: string, headline: string): LengthPage => ({
    name,
    host: 'mail.google.com',
    servesPrefix: '/mail/u/1/',
    file,
    urlPath: `/mail/u/1/#inbox/${id}`,
    clickToOpen: `tr[data-mock-open="${id}"]`,
    expect: null,
    headline,
  });
  return [
    page(
      'reference email (plain text in Gmail)',
      ID.reference,
      'Can a Warehouse Walkout Spread Across the Valley?',
    ),
    page('54-story digest', ID.digest, 'Hacker Digest'),
    page(
      'single-article newsletter',
      ID.article,
      'School Board Keeps Every Library Open on Saturdays',
    ),
    page('long essay', ID.essay, 'The Map on the Wall'),
    page('campaign briefing', ID.briefing, 'Wage Vote Briefing'),
  ];
}
