// The import graph's walls, checked by `npm test` (scripts/test.mjs → `depcruise`). ESLint's
// no-restricted-imports (eslint.config.js) says which feature modules another folder may import;
// this says the folders (each feature, ui, api, auth, app…) form no cycle, so each can be read and
// changed from the bottom up. docs/architecture.md draws the resulting layers.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment:
        'Two folders that import each other are one room with two doors: merge them, or move what both need lower.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests stand outside the layers: a test (and src/test's helpers) may reach whatever its subject
    // needs, and nothing imports a test, so tests can close no cycle of the product's own.
    exclude: { path: ['^(node_modules|dist)/', '\\.test(-helper)?\\.tsx?$', '^src/test/'] },
    tsConfig: { fileName: 'tsconfig.app.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
}
