// The CLI promises stdout holds only the briefs (or JSON) and stderr one `mailgist:` line per bad
// file. A library that logs through console (html-to-text warned about long HTML on stderr) or a
// Node process warning would break both promises, so neither reaches the terminal. The CLI itself
// writes through process.stdout and process.stderr only.

const drop = (): void => {};

export function quietDependencies(): void {
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir'] as const) {
    console[method] = drop;
  }
  // Node prints a process warning from a 'warning' listener of its own; with it gone, nothing is.
  process.removeAllListeners('warning');
  process.on('warning', drop);
}
