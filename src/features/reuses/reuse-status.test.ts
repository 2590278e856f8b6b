import { describe, expect, it } from 'vitest'
import { matchesStatus, reuseStatus } from './reuse-status'

const base = { deleted: null, archived: null, private: false }

describe('reuse status', () => {
  it('names one status, deleted first', () => {
    expect(reuseStatus(base)).toBe('public')
    expect(reuseStatus({ ...base, private: true })).toBe('draft')
    expect(reuseStatus({ ...base, private: true, archived: '2026-01-01' })).toBe('archived')
    expect(reuseStatus({ ...base, archived: '2026-01-01', deleted: '2026-01-02' })).toBe('deleted')
  })
  it('hides deleted reuses unless asked for', () => {
    expect(matchesStatus({ ...base, deleted: '2026-01-02' }, '')).toBe(false)
    expect(matchesStatus({ ...base, deleted: '2026-01-02' }, 'deleted')).toBe(true)
    expect(matchesStatus(base, 'draft')).toBe(false)
  })
})
