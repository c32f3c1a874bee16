// The archive worker through the TypeScript loader, for when its JavaScript bundle cannot be built
// (see worker-bundle.ts): worker threads do not inherit the loader that runs the CLI, so register
// it, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./archive-worker.ts');
