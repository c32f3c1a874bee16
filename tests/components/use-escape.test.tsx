// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useEscape } from '../../components/use-escape';

// The shared Escape hook, as a menu inside a form would use it.

function Menu(props: { name: string; anywhere?: boolean; children?: ComponentChildren }) {
  const [open, setOpen] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEscape(box, open, () => setOpen(false), trigger, { anywhere: props.anywhere });
  return (
    <div>
      <button ref={trigger} onClick={() => setOpen(true)}>
        Open {props.name}
      </button>
      {open && (
        <div ref={box} role="menu" aria-label={props.name}>
          <button>Inside {props.name}</button>
          {props.children}
        </div>
      )}
    </div>
  );
}

describe('useEscape', () => {
  afterEach(cleanup);

  it('closes what is open and gives focus back to the button that opened it', () => {
    render(<Menu name="Export" />);
    const inside = screen.getByRole('button', { name: 'Inside Export' });
    inside.focus();
    fireEvent.keyDown(inside, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open Export' }));
  });

  it('closes the innermost first; the next Escape closes the one around it', () => {
    render(
      <Menu name="Outer">
        <Menu name="Inner" />
      </Menu>,
    );
    const inner = screen.getByRole('button', { name: 'Inside Inner' });
    fireEvent.keyDown(inner, { key: 'Escape' });
    expect(screen.queryByRole('menu', { name: 'Inner' })).toBeNull();
    expect(screen.getByRole('menu', { name: 'Outer' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Open Inner' }), { key: 'Escape' });
    expect(screen.queryByRole('menu', { name: 'Outer' })).toBeNull();
  });

  it('ignores other keys and, unless asked to listen anywhere, Escape outside', () => {
    render(
      <>
        <Menu name="Local" />
        <Menu name="Global" anywhere />
      </>,
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Inside Local' }), { key: 'Enter' });
    expect(screen.getByRole('menu', { name: 'Local' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.getByRole('menu', { name: 'Local' })).toBeTruthy();
    expect(screen.queryByRole('menu', { name: 'Global' })).toBeNull();
  });
});
