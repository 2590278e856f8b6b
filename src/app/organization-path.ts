/** Sections that exist in every organization, so switching organization can keep them. */
const sections = [
  'datasets',
  'dataservices',
  'reuses',
  'review',
  'discussions',
  'bulk',
  'health',
  'profile',
  'members',
  'community-resources',
  'harvesters',
  'transfers',
] as const
export type OrganizationSection = (typeof sections)[number]

/** The section of an organization page (`/organizations/x/datasets/123` → `datasets`), if any. */
export function organizationSectionOf(pathname: string): OrganizationSection | undefined {
  const section = /^\/organizations\/[^/]+\/([^/?#]+)/.exec(pathname)?.[1]
  return sections.find((candidate) => candidate === section)
}

/**
 * Where the organization switcher goes: the same section in the other organization, but not
 * the same object (a dataset of one organization is not in the other) nor the same filters.
 */
export function pathInOrganization(pathname: string, organizationId: string): string {
  const base = `/organizations/${organizationId}`
  const section = organizationSectionOf(pathname)
  return section ? `${base}/${section}` : base
}
