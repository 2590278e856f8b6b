import type { Plugin } from 'vite'

/** Exact rewrites of one dependency module (matched by its path), and code put before it. */
export type ModulePatch = {
  module: RegExp
  replace: [from: string, to: string][]
  prepend?: string
}

/**
 * A build-only plugin that rewrites exact strings in dependency modules. A string not found fails
 * the build: a dependency upgrade that writes it otherwise must be looked at, not shipped
 * unpatched. The dev server pre-bundles dependencies, so there they run as published.
 */
export function patchModules(name: string, patches: ModulePatch[]): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const patch = patches.find(({ module }) => module.test(id))
      if (!patch) return null
      let patched = code
      for (const [from, to] of patch.replace) {
        if (!patched.includes(from)) throw new Error(`${name}: ${id} has no \`${from}\``)
        patched = patched.replace(from, to)
      }
      return { code: `${patch.prepend ?? ''}${patched}`, map: null }
    },
  }
}
