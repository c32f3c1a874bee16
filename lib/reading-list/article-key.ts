// Two saves of the same article must land on one entry: the key is the URL without tracking
// parameters, fragment, "www." or a trailing slash, or, with no URL, the email's own identity.

const TRACKING_PARAM = /^(utm_[a-z]+|mc_[a-z]+|fbclid|gclid|ref|ref_src|s|ck_subscriber_id)$/i;

export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAM.test(name));
  params.sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(params).toString();
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `https://${host}${path}${query ? `?${query}` : ''}`;
}

export function articleKey(input: {
  url: string | null;
  emailKey?: string | null;
  title: string;
  publication?: string | null;
}): string {
  const fromUrl = input.url ? canonicalUrl(input.url) : null;
  if (fromUrl) return `url:${fromUrl}`;
  if (input.emailKey) return `email:${input.emailKey}`;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return `title:${norm(input.publication ?? '')}|${norm(input.title)}`;
}
