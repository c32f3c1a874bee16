import type { Theme } from '../settings';

/** "system" follows prefers-color-scheme (CSS); light/dark pin it with data-theme. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
