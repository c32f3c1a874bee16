import { describe, expect, it } from 'vitest';
import { buildExport } from '../../lib/panel/exports';
import { entry } from '../reading-list/helpers';

describe('buildExport', () => {
  const now = new Date('2026-03-05T12:00:00Z');
  const list = [entry(1), entry(2, { url: null }), entry(3)];

  it('counts the emails without a web link that Instapaper and bookmarks cannot hold', () => {
    expect(buildExport('instapaper', list, now).skipped).toBe(1);
    expect(buildExport('bookmarks', list, now).skipped).toBe(1);
  });

  it('leaves nothing out of the complete formats', () => {
    expect(buildExport('json', list, now).skipped).toBe(0);
    expect(buildExport('markdown', list, now).skipped).toBe(0);
  });
});
