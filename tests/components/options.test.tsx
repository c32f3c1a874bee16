// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsForm } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS } from '../../lib/settings';

describe('options form', () => {
  afterEach(cleanup);

  function setup(granted = true) {
    const onChange = vi.fn();
    const onAddOrigin = vi.fn(async () => granted);
    const onRemoveOrigin = vi.fn();
    render(
      <OptionsForm
        settings={{ ...DEFAULT_SETTINGS, customOrigins: ['https://mail.example.org'] }}
        onChange={onChange}
        onAddOrigin={onAddOrigin}
        onRemoveOrigin={onRemoveOrigin}
      />,
    );
    return { onChange, onAddOrigin, onRemoveOrigin };
  }

  it('changes providers, quote format, sentence count and theme', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gmail' }));
    expect(onChange).toHaveBeenLastCalledWith({
      enabledProviders: DEFAULT_SETTINGS.enabledProviders.filter((p) => p !== 'gmail'),
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Markdown blockquote' }));
    expect(onChange).toHaveBeenLastCalledWith({ quoteFormat: 'markdown' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sentences in the summary' }), {
      target: { value: '5' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ summarySentences: 5 });
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
  });

  it('adds a custom origin after the permission is granted; refuses a bad one', async () => {
    const { onAddOrigin, onRemoveOrigin } = setup(false);
    const input = screen.getByRole('textbox', { name: 'Webmail address' });
    fireEvent.input(input, { target: { value: 'not a url' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add address' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a web address/);
    expect(onAddOrigin).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'webmail.example.net/inbox' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add address' }));
    expect(onAddOrigin).toHaveBeenCalledWith('https://webmail.example.net');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/was not granted/));
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://mail.example.org' }));
    expect(onRemoveOrigin).toHaveBeenCalledWith('https://mail.example.org');
  });
});
