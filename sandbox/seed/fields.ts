// Custom metadata definitions: the big organization's own, and those of the organizations whose
// seeded datasets carry `custom:<title>` extras: udata refuses to save a dataset whose custom extras its organization does not define
// (udata-api-admin.md §6.2), so without them every save of those datasets would fail. Needs no
// random draw, so it moves no other seeded object.
import type { DatasetDoc, OrgDoc } from '../types.ts'

/** The big organization's own definitions, one of each kind the profile page edits. */
const BIG_ORG_METADATA = [
  {
    title: 'Direction productrice',
    description: 'Service du ministère qui produit le jeu de données.',
    type: 'choice',
    choices: ['SDES', 'DGEC', 'DGALN', 'DGITM'],
  },
  {
    title: 'Code interne',
    description: 'Identifiant du jeu dans le référentiel interne.',
    type: 'str',
  },
  {
    title: 'Données sensibles',
    description: 'Relu par le délégué à la protection des données.',
    type: 'bool',
  },
]

export function seedCustomMetadata(
  orgs: readonly OrgDoc[],
  datasets: readonly DatasetDoc[],
  big: OrgDoc,
): void {
  big.extras = { ...big.extras, custom: BIG_ORG_METADATA }
  const titles = new Map<string, Set<string>>()
  for (const ds of datasets) {
    if (!ds.organization) continue
    for (const key of Object.keys(ds.extras)) {
      if (!key.startsWith('custom:')) continue
      const set = titles.get(ds.organization) ?? new Set<string>()
      set.add(key.slice('custom:'.length))
      titles.set(ds.organization, set)
    }
  }
  for (const org of orgs) {
    const wanted = titles.get(org.id)
    if (!wanted) continue
    const custom = Array.isArray(org.extras.custom) ? [...(org.extras.custom as unknown[])] : []
    for (const title of [...wanted].sort()) {
      if (custom.some((d) => (d as { title?: unknown }).title === title)) continue
      custom.push({ title, description: 'Service producteur de la donnée', type: 'str' })
    }
    org.extras = { ...org.extras, custom }
  }
}
