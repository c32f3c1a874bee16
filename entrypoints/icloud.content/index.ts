import { connectPageReader, type RuntimeLike } from '../../lib/webmail/content-wiring';
import { ICLOUD_FRAME_MATCHES } from '../../lib/webmail/origins';

// iCloud Mail shows the open message in a cross-origin frame the top page cannot read, so this
// script runs inside that frame and answers for it (only when it has a message to give).
export default defineContentScript({
  matches: [...ICLOUD_FRAME_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    connectPageReader({
      doc: document,
      win: window,
      ctx,
      runtime: browser.runtime as unknown as RuntimeLike,
      answerOnlyWithMessage: true,
    });
  },
});
