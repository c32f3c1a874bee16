import type { EmailSnapshot } from '../email/snapshot';
import type { ParseHtml } from './blocks/document';
import { buildDocument } from './blocks/build-document';
import { withSharedScope } from './blocks/block-cache';
import { blockRoles } from './roles';

export interface ExplainedBlock {
  index: number;
  kind: string;
  role: string;
  evidence: string[];
  text: string;
}

/** Each block of the email with the role the parser gave it and why (`mailgist --explain`). */
export function explainBlocks(snapshot: EmailSnapshot, parseHtml: ParseHtml): ExplainedBlock[] {
  return withSharedScope(() => {
    const doc = buildDocument(snapshot, parseHtml);
    const roles = blockRoles(doc);
    return doc.blocks.map((b) => ({
      index: b.index,
      kind: b.kind === 'heading' ? `h${b.level}` : b.kind,
      role: roles[b.index]?.role ?? 'body',
      evidence: roles[b.index]?.evidence ?? [],
      text: b.text,
    }));
  });
}
