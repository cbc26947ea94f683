/**
 * Where the batch worker's module is, bundled or not.
 */

/** The worker module (`batch-worker.js`), or a script that loads it (see `mapOrdered`). */
export type WorkerEntry = URL | {code: string}

/**
 * The batch worker: `dist/cli/batch/batch-worker.js` both in the `tsc` output and next to
 * the bundled `dist/cli/bin.js`, which is why this module sits beside `bin.ts` (in the
 * bundle, `import.meta.url` is the URL of `bin.js`). From the TypeScript sources (tests)
 * the worker is the `.ts` file, loaded through tsx, a development dependency.
 */
export function workerEntry(): WorkerEntry {
  if (!import.meta.url.endsWith('.ts')) return new URL('./batch/batch-worker.js', import.meta.url)
  const source = JSON.stringify(new URL('./batch/batch-worker.ts', import.meta.url).href)
  return {code: `import('tsx/esm/api').then(({register}) => { register(); return import(${source}) })`}
}
