/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { contentSecurityPolicy } from './scripts/csp.ts'
import { dsfrDeferredScript } from './scripts/dsfr-deferred-script.ts'
import { dsfrSlimFr } from './scripts/dsfr-slim-fr.ts'

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const consolePort = Number(env.CONSOLE_PORT ?? 5173)
  const sandboxUrl = env.VITE_SANDBOX_URL ?? 'http://127.0.0.1:3001'
  return {
    plugins: [react(), dsfrSlimFr(), dsfrDeferredScript()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    define: { 'import.meta.env.VITE_SANDBOX_URL': JSON.stringify(sandboxUrl) },
    server: { host: '127.0.0.1', port: consolePort, strictPort: true },
    preview: {
      host: '127.0.0.1',
      port: consolePort,
      strictPort: true,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(sandboxUrl) },
    },
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
                name: 'first-screen',
                test: /[\\/]src[\\/](features[\\/]datasets[\\/](organization-datasets-page|datasets-table|dataset-list-params|dataset-status-badges|format|queries|messages)|ui[\\/](?!markdown|confirm-dialog)[\w-]+)\.tsx?$/,
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
