import type { ComponentChildren } from 'preact';
import { safeHref } from '../lib/panel/safe-url';

// A link from an email: clickable only for http(s) and mailto, opened in a new tab with no
// referrer or opener; anything else is rendered as plain text.
export function SafeLink(props: {
  href: string | null | undefined;
  children: ComponentChildren;
  class?: string;
  'aria-label'?: string;
}) {
  const href = safeHref(props.href);
  if (!href) return <span class={props.class}>{props.children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      class={props.class}
      aria-label={props['aria-label']}
    >
      {props.children}
    </a>
  );
}
