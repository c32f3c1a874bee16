/** A file that cannot be imported; the message is shown to the user as is. */
export class ImportError extends Error {}
