// Only http(s) and mailto links from an email become clickable; anything else is shown as text.

export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The host a link really goes to ("mailto" links show the address's domain). */
export function displayHost(raw: string | null | undefined): string | null {
  const href = safeHref(raw);
  if (!href) return null;
  const url = new URL(href);
  if (url.protocol === 'mailto:') return url.pathname.split('@')[1] ?? url.pathname;
  return url.hostname.replace(/^www\./, '');
}
