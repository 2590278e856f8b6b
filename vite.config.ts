/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { contentSecurityPolicy, cspMeta } from './scripts/csp.ts'
import { dsfrAssets } from './scripts/dsfr-assets.ts'
import { dsfrDeferredScript } from './scripts/dsfr-deferred-script.ts'
import { dsfrSlimHeader } from './scripts/dsfr-slim-header.ts'
import { dsfrSlimFr } from './scripts/dsfr-slim-fr.ts'
import { earlyScript } from './scripts/early-script.ts'

// React Router's package.json points every import at its development build, whose warnings
// (ENABLE_DEV_WARNINGS) cannot be dropped by the minifier (remix-run/react-router#14102, open):
// the build takes the production build it ships beside it, the same code with them off.
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: fileURLToPath(
    new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
  ),
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const consolePort = Number(env.CONSOLE_PORT ?? 5173)
  // The local sandbox is offered by the dev server (and the unit tests) and by builds made with
  // `--mode sandbox` (end-to-end tests, demos); a production build offers only real instances,
  // even if VITE_SANDBOX_URL happens to be set where it is built.
  const withSandbox = command === 'serve' || mode === 'sandbox'
  const sandboxOrigin = withSandbox
    ? new URL(env.VITE_SANDBOX_URL ?? 'http://127.0.0.1:3001').origin
    : undefined
  return {
    plugins: [
      react(),
      dsfrAssets(),
      cspMeta(contentSecurityPolicy(sandboxOrigin)),
      dsfrSlimFr(),
      dsfrDeferredScript(),
      dsfrSlimHeader(),
      earlyScript(),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        ...(command === 'build' ? [reactRouterProduction] : []),
      ],
    },
    define: { 'import.meta.env.VITE_SANDBOX_URL': JSON.stringify(sandboxOrigin ?? '') },
    server: { host: '127.0.0.1', port: consolePort, strictPort: true },
    // No CSP header here: the built index.html carries its own, which is what ships.
    preview: { host: '127.0.0.1', port: consolePort, strictPort: true },
    build: {
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Most visits start at the datasets table: its modules and the small shared UI ones
            // travel in one chunk instead of a dozen sub-kilobyte ones, which cost more gzip
            // bytes and requests than their code (1.5 kB less before the table shows). Markdown
            // (marked, DOMPurify) and the dialog stay in chunks of their own.
            groups: [
              {
                // What src/early.ts needs, apart: it runs before everything else is parsed.
                name: 'early-shared',
                priority: 2,
                test: /[\\/]src[\\/](api[\\/](early-fetch|key-scope|search-params)|session[\\/]session|ui[\\/]url-values|features[\\/]datasets[\\/]dataset-(list-request|list-params|request)|features[\\/]reuses[\\/]reuse-(list-request|list-params|status))\.ts$/,
              },
              {
                name: 'first-screen',
                priority: 1,
                // The UI modules the table imports, by name: a pattern over all of src/ui pulled
                // every form-only composition (pickers, image upload, conflict view) in too.
                test: /[\\/]src[\\/](features[\\/]datasets[\\/](organization-datasets-page|datasets-table|dataset-status-badges|queries|messages)|i18n[\\/]numbers|ui[\\/](data-table|dates|error-text|messages|notices|page-title|pagination|query-state|use-modal-dialog))\.tsx?$/,
              },
            ],
          },
        },
      },
    },
    test: {
      globals: true,
      testTimeout: 20_000,
      // The sandbox is web-standard server code: Node is its environment, and jsdom's start-up
      // cost is paid only by the console's tests.
      projects: [
        {
          extends: true,
          test: { name: 'sandbox', environment: 'node', include: ['sandbox/**/*.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'console',
            environment: 'jsdom',
            setupFiles: ['./src/test/setup.ts'],
            include: ['src/**/*.test.{ts,tsx}'],
          },
        },
      ],
    },
  }
})
