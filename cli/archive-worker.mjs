// Worker threads do not inherit the TypeScript loader that runs the CLI: register it, then load
// the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./archive-worker.ts');
