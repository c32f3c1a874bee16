/** A file or message that cannot be read as an email; the message is one line, fit for a user. */
export class EmailParseError extends Error {
  override name = 'EmailParseError';
}
