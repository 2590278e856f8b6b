import { describe, expect, it } from 'vitest'
import { organizationSectionOf, pathInOrganization } from './organization-path'

describe('the organization switcher path', () => {
  it.each([
    ['/organizations/a', '/organizations/b'],
    ['/organizations/a/', '/organizations/b'],
    ['/organizations/a/datasets', '/organizations/b/datasets'],
    ['/organizations/a/datasets/123/resources', '/organizations/b/datasets'],
    ['/organizations/a/datasets/new', '/organizations/b/datasets'],
    ['/organizations/a/reuses/9', '/organizations/b/reuses'],
    ['/organizations/a/review', '/organizations/b/review'],
    ['/organizations/a/discussions/7', '/organizations/b/discussions'],
    ['/organizations/a/bulk/job-1', '/organizations/b/bulk'],
    ['/organizations/a/unknown', '/organizations/b'],
    ['/', '/organizations/b'],
  ])('from %s goes to %s', (from, to) => {
    expect(pathInOrganization(from, 'b')).toBe(to)
  })

  it('names the section for the navigation', () => {
    expect(organizationSectionOf('/organizations/a/datasets/1')).toBe('datasets')
    expect(organizationSectionOf('/organizations/a')).toBeUndefined()
  })
})
