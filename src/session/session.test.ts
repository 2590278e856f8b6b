import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { connect, getApiKey, getInstance, getSignOutReason, signOut } from './session'
import { useSession } from './use-session'

const key = 'udata_secret-key-123'

function storedValues(storage: Storage): string[] {
  return Object.keys(storage).map((name) => storage.getItem(name) ?? '')
}

describe('the session store', () => {
  it('keeps the key in sessionStorage only, under its instance origin', () => {
    connect('https://demo.data.gouv.fr', key)
    expect(getInstance()).toBe('https://demo.data.gouv.fr')
    expect(getApiKey()).toBe(key)
    expect(sessionStorage.getItem('udata-console.api-key.https://demo.data.gouv.fr')).toBe(key)
    expect(storedValues(localStorage).some((value) => value.includes(key))).toBe(false)
  })

  it('keeps one key per instance and only sends the current one', () => {
    connect('https://demo.data.gouv.fr', 'udata_demo')
    connect('https://www.data.gouv.fr', 'udata_www')
    expect(getApiKey()).toBe('udata_www')
    connect('https://demo.data.gouv.fr', 'udata_demo')
    expect(getApiKey()).toBe('udata_demo')
  })

  it('forgets the key on sign-out, remembers why, keeps the instance for the next connect', () => {
    connect('https://www.data.gouv.fr', key)
    signOut('expired')
    expect(getApiKey()).toBeNull()
    expect(getInstance()).toBe('https://www.data.gouv.fr')
    expect(getSignOutReason()).toBe('expired')
    expect(storedValues(sessionStorage).some((value) => value.includes(key))).toBe(false)
    connect('https://www.data.gouv.fr', key)
    expect(getSignOutReason()).toBeNull()
  })

  it('ignores a tampered sign-out reason', () => {
    sessionStorage.setItem('udata-console.sign-out-reason', '<script>')
    expect(getSignOutReason()).toBeNull()
  })

  it('tells subscribers when the session starts and ends, with a stable snapshot', () => {
    const { result, rerender } = renderHook(() => useSession())
    expect(result.current).toBeNull()
    act(() => connect('https://www.data.gouv.fr', key))
    const first = result.current
    expect(first).toEqual({ instance: 'https://www.data.gouv.fr', apiKey: key })
    rerender()
    expect(result.current).toBe(first)
    act(() => signOut('signed-out'))
    expect(result.current).toBeNull()
  })
})
