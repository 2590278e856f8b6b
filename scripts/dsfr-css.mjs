// After a build (run by scripts/dsfr-assets.ts, given the build's output folder): the DSFR
// stylesheet the production build ships before anything is shown.
// It holds the DSFR core and only the components of the app shell and the datasets table; pages
// that use other components import those components' CSS themselves (a CSS chunk per route).
// The DSFR spacing utilities (.fr-mt-2w…, about 40 % of the core) are kept only where the
// console or react-dsfr mentions them. What no first screen shows (the dark theme, which the
// console never turns on but keeps working; print rules; the radio and upload components of
// forms) goes to a second stylesheet, dsfr/dsfr-later.min.css, which index.html links disabled
// (a disabled stylesheet is not fetched) and the app enables once the first screen is shown
// (src/app/dsfr-script-gate.ts), beside DSFR's script. The dev server keeps the full stylesheet.
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
]
// Components of later screens only (forms), in the later stylesheet.
const laterComponents = ['radio', 'upload']

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
    const shipped = initialComponents.includes(component) || laterComponents.includes(component)
    if (!shipped && !text.includes(`import '${own}'`)) {
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

const generate = (dsfrComponents) =>
  generateDsfrCssCode({
    dsfrComponents,
    isMinified: true,
    readDsfrFile: (path) => {
      const file = join(dsfrDir, path)
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined
    },
  })

/**
 * The stylesheet's rules in order, each with the @media it is in (null at the top level); other
 * at-rules (@font-face, @supports…) are taken whole. Quoted strings may hold braces.
 */
function rulesOf(css) {
  const rules = []
  let depth = 0
  let start = 0
  let media = null
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i]
    if (char === '"' || char === "'") {
      i = css.indexOf(char, i + 1)
      if (i < 0) throw new Error('dsfr-css: unterminated string')
    } else if (char === '{') {
      const prelude = css.slice(start, i).trim()
      if (depth === 0 && prelude.startsWith('@media')) {
        media = prelude
        start = i + 1
      }
      depth += 1
    } else if (char === '}') {
      depth -= 1
      if (depth === (media === null ? 0 : 1)) {
        rules.push({ media, rule: css.slice(start, i + 1).trim() })
        start = i + 1
      } else if (depth === 0) {
        media = null
        start = i + 1
      }
    }
  }
  return rules
}

function cssOf(rules) {
  let out = ''
  let open = null
  for (const { media, rule } of rules) {
    if (media !== open) {
      if (open !== null) out += '}'
      if (media !== null) out += `${media}{`
      open = media
    }
    out += rule
  }
  return open === null ? out : `${out}}`
}

const key = ({ media, rule }) => `${media ?? ''}|${rule}`
const darkOnly = ({ rule }) =>
  rule
    .slice(0, rule.indexOf('{'))
    .split(',')
    .every((selector) => selector.includes('[data-fr-theme=dark]'))
const later = ({ media, rule }) =>
  media === '@media print' || (!rule.startsWith('@') && darkOnly({ rule }))

const firstRules = rulesOf(generate(initialComponents))
const firstKeys = new Set(firstRules.map(key))
const laterRules = rulesOf(generate([...initialComponents, ...laterComponents])).filter(
  (rule) => !firstKeys.has(key(rule)) || later(rule),
)

// A rule whose selectors are all spacing utilities nobody mentions goes; every other rule stays.
const spacingRule = /(?<=^|[{}])((?:\.fr-[mp][trblxy]?-[\w-]+\s*,?\s*)+)\{[^{}]*\}/g
const prune = (css) =>
  css.replace(spacingRule, (rule, selectors) => {
    const classes = selectors.split(',').map((s) => s.trim().slice(1))
    return classes.some((name) => mentioned.has(name)) ? rule : ''
  })

const outDir = join(process.argv[2] ?? 'dist', 'dsfr')
const kB = (text) => `${(gzipSync(text).length / 1024).toFixed(1)} kB gzip`
const first = prune(cssOf(firstRules.filter((rule) => !later(rule))))
const rest = prune(cssOf(laterRules))
writeFileSync(join(outDir, 'dsfr.min.css'), first)
writeFileSync(join(outDir, 'dsfr-later.min.css'), rest)
console.log(
  `${outDir}/dsfr.min.css: ${kB(first)}, dsfr-later.min.css: ${kB(rest)} (full DSFR: ${kB(readFileSync(join(dsfrDir, 'dsfr.min.css')))})`,
)
