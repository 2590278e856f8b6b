// After a build (run by scripts/dsfr-assets.ts, given the build's output folder): the DSFR
// stylesheet the production build ships before anything is shown.
// It holds the DSFR core and only the components of the app shell and the datasets table; pages
// that use other components import those components' CSS themselves (a CSS chunk per route).
// The DSFR spacing utilities (.fr-mt-2w…, about 40 % of the core) are kept only where the
// console or react-dsfr mentions them. The dev server keeps serving the full stylesheet.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const require = createRequire(import.meta.url)
const {
  generateDsfrCssCode,
} = require('@codegouvfr/react-dsfr/bin/only-include-used-components.js')

const dsfrDir = 'node_modules/@codegouvfr/react-dsfr/dsfr'
export const initialComponents = [
  'header',
  'navigation',
  'modal',
  'logo',
  'button',
  'link',
  'search',
  'input',
  'form',
  'footer',
  'skiplink',
  'alert',
  'badge',
  'select',
  'pagination',
  'table',
  'tag',
  'checkbox',
  'radio',
  'upload',
]

function filesBelow(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesBelow(path, pattern)
    return pattern.test(name) ? [path] : []
  })
}

// Every other DSFR component a module shows must come with that module's own CSS import, or it
// would render unstyled in the production build (the dev server hides this: it loads all).
const componentOf = {
  Accordion: 'accordion',
  Breadcrumb: 'breadcrumb',
  CallOut: 'callout',
  Card: 'card',
  Download: 'download',
  Highlight: 'highlight',
  Notice: 'notice',
  PasswordInput: 'password',
  Quote: 'quote',
  Range: 'range',
  SegmentedControl: 'segmented',
  SideMenu: 'sidemenu',
  Stepper: 'stepper',
  Summary: 'summary',
  Tabs: 'tab',
  Tile: 'tile',
  ToggleSwitch: 'toggle',
  Tooltip: 'tooltip',
}
const componentNames = new Set(Object.values(componentOf))
const unstyled = []
for (const file of filesBelow('src', /\.tsx$/)) {
  const text = readFileSync(file, 'utf8')
  const used = new Set()
  for (const [, name] of text.matchAll(/from '@codegouvfr\/react-dsfr\/(\w+)'/g)) {
    if (componentOf[name]) used.add(componentOf[name])
  }
  for (const [, name] of text.matchAll(/\bfr-(\w+)\b/g)) {
    if (componentNames.has(name)) used.add(name)
  }
  for (const component of used) {
    const own = `@codegouvfr/react-dsfr/dsfr/component/${component}/${component}.main.min.css`
    if (!initialComponents.includes(component) && !text.includes(`import '${own}'`)) {
      unstyled.push(`${file}: uses ${component} without importing ${own}`)
    }
  }
}
if (unstyled.length > 0) {
  console.error(`DSFR components without their CSS in production:\n${unstyled.join('\n')}`)
  process.exit(1)
}

const mentioned = new Set()
for (const file of [
  ...filesBelow('src', /\.(tsx?|css)$/),
  ...filesBelow('node_modules/@codegouvfr/react-dsfr', /\.js$/).filter(
    // generatedFromCss lists every DSFR class for typing: it is not a use of any of them.
    (f) => !f.includes('/dsfr/') && !f.includes('generatedFromCss'),
  ),
  join(dsfrDir, 'dsfr.module.min.js'),
]) {
  for (const match of readFileSync(file, 'utf8').matchAll(/fr-[mp][trblxy]?-[\w-]+/g)) {
    mentioned.add(match[0])
  }
}

const css = generateDsfrCssCode({
  dsfrComponents: initialComponents,
  isMinified: true,
  readDsfrFile: (path) => {
    const file = join(dsfrDir, path)
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  },
})

// A rule whose selectors are all spacing utilities nobody mentions goes; every other rule stays.
const spacingRule = /(?<=^|[{}])((?:\.fr-[mp][trblxy]?-[\w-]+\s*,?\s*)+)\{[^{}]*\}/g
const pruned = css.replace(spacingRule, (rule, selectors) => {
  const classes = selectors.split(',').map((s) => s.trim().slice(1))
  return classes.some((name) => mentioned.has(name)) ? rule : ''
})

const target = join(process.argv[2] ?? 'dist', 'dsfr/dsfr.min.css')
writeFileSync(target, pruned)
const kB = (text) => `${(gzipSync(text).length / 1024).toFixed(1)} kB gzip`
console.log(
  `${target}: ${kB(pruned)} (full DSFR: ${kB(readFileSync(join(dsfrDir, 'dsfr.min.css')))})`,
)
