// A worker thread starts without the TypeScript loader of its parent process
// (Node 20), so it registers one before loading the worker itself.
import { tsImport } from 'tsx/esm/api';

await tsImport('./compile-worker.ts', import.meta.url);
