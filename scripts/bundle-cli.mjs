/**
 * Bundle the CLI and its batch worker after `tsc`, so that `wikitally` starts by reading
 * a few files instead of resolving hundreds of modules. Serializers that a run may not need
 * (yaml, the CSV writer) stay in their own chunks, loaded on demand; sql.js is not bundled.
 *
 * `dist/cli/bin.js` and `dist/cli/batch/batch-worker.js` keep the paths `tsc` gives them, so
 * the CLI finds its worker the same way bundled or not.
 */
import {rmSync} from 'node:fs'
import {build} from 'esbuild'

const chunks = 'dist/cli/chunks'

rmSync(chunks, {recursive: true, force: true})
await build({
  entryPoints: ['src/cli/bin.ts', 'src/cli/batch/batch-worker.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'cli/chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // sql.js finds its WebAssembly file beside its own script: load it from node_modules.
  external: ['sql.js'],
  // Some dependencies are CommonJS and call require('process'); an ES module has no require.
  banner: {js: "import {createRequire as wikitallyCreateRequire} from 'node:module'; const require = wikitallyCreateRequire(import.meta.url);"},
  logLevel: 'warning'
})
