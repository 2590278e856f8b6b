import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { colors } from '@codegouvfr/react-dsfr/fr/colors'
import { describe, expect, it } from 'vitest'
import { frImport, needsColors } from '../../scripts/dsfr-slim-fr'
import { fr } from './dsfr-fr-slim'

const packageDir = join(process.cwd(), 'node_modules/@codegouvfr/react-dsfr')

function moduleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return ['dsfr', 'src'].includes(name) ? [] : moduleFiles(path)
    return name.endsWith('.js') ? [path] : []
  })
}

describe('the slim react-dsfr `fr`', () => {
  it('has everything each redirected react-dsfr module reads of `fr`', () => {
    const redirected = moduleFiles(packageDir).filter((path) => {
      if (needsColors.test(path)) return false
      const source = readFileSync(path, 'utf8')
      return [...source.matchAll(/from "([^"]+)"/g)].some(([, from]) => frImport.test(from ?? ''))
    })
    expect(redirected.length).toBeGreaterThan(20)
    const reads = new Set(
      redirected.flatMap((path) =>
        [...readFileSync(path, 'utf8').matchAll(/\bfr\.(\w+)(?:\.(\w+))?/g)].map(([, key, sub]) =>
          key === 'colors' ? `colors.${sub}` : (key ?? ''),
        ),
      ),
    )
    expect([...reads].sort()).toEqual(['colors.getHex', 'cx'])
  })

  it('gives the theme colour the real tables give', () => {
    for (const isDark of [false, true])
      expect(fr.colors.getHex({ isDark }).decisions.background.default.grey.default).toBe(
        colors.getHex({ isDark }).decisions.background.default.grey.default,
      )
  })
})
