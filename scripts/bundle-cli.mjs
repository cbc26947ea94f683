/**
 * Bundle the CLI and its batch worker after `tsc`, so that `wikitally` starts by reading
 * a few files instead of resolving hundreds of modules. Serializers that a run may not need
 * (yaml, the CSV writer) stay in their own chunks, loaded on demand.
 *
 * `dist/cli/bin.js` and `dist/cli/batch/batch-worker.js` keep the paths `tsc` gives them, so
 * the CLI finds its worker the same way bundled or not.
 */
import {rmSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {build} from 'esbuild'

const chunks = 'dist/cli/chunks'

/**
 * Node's own modules are taken with `require` rather than `import`: importing one builds an
 * ES module facade that reads every export up front (`node:process` then loads the
 * diagnostic report, `node:util` the MIME parser), a few milliseconds of every start.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    const names = new Set(builtinModules)
    build.onResolve({filter: /^[a-z_/]+$|^node:/}, (args) => {
      const name = args.path.replace(/^node:/, '')
      if (!names.has(name)) return undefined
      if (args.kind === 'require-call' || args.namespace === 'builtin') return {path: 'node:' + name, external: true}
      return {path: name, namespace: 'builtin'}
    })
    build.onLoad({filter: /.*/, namespace: 'builtin'}, (args) => ({contents: `module.exports = require('node:${args.path}')`, loader: 'js'}))
  }
}

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
  // Some dependencies are CommonJS and call require('process'); an ES module has no require.
  banner: {js: "import {createRequire as wikitallyCreateRequire} from 'node:module'; const require = wikitallyCreateRequire(import.meta.url);"},
  // Less source for the engine to read at start-up.
  minify: true,
  plugins: [builtinsByRequire],
  logLevel: 'warning'
})
