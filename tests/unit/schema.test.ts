import { describe, expect, it } from 'vitest';
import { SummarySchema } from '../../lib/schema';
import { EmailSnapshotSchema } from '../../lib/email/snapshot';

describe('contracts', () => {
  it('rejects a snapshot without any body', () => {
    const r = EmailSnapshotSchema.safeParse({
      subject: 's',
      from: { name: null, address: null },
      date: null,
      html: null,
      text: null,
      provider: 'file',
    });
    expect(r.success).toBe(false);
  });
  it('rejects a summary date that is not YYYY-MM-DD', () => {
    const r = SummarySchema.shape.date.safeParse('Jan 5 2026');
    expect(r.success).toBe(false);
  });
});
