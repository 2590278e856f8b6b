import { describe, expect, it } from 'vitest'
import { connect, getApiKey, getSignOutReason } from '@/session/session'
import {
  isSessionExpired,
  reconnect,
  reportUnauthorized,
  SignedOutError,
  signOutExpired,
  whenReconnected,
} from './session-expiry'

describe('session expiry', () => {
  it('holds waiting work until a new key is in place, keeping the instance', async () => {
    connect('http://sandbox.test', 'udata_old')
    await expect(whenReconnected()).resolves.toBeUndefined()
    reportUnauthorized('udata_old')
    expect(isSessionExpired()).toBe(true)
    let resumed = false
    const waiting = whenReconnected().then(() => (resumed = true))
    await Promise.resolve()
    expect(resumed).toBe(false)
    reconnect('udata_new')
    await waiting
    expect(resumed).toBe(true)
    expect(getApiKey()).toBe('udata_new')
    expect(isSessionExpired()).toBe(false)
  })

  it('ignores a 401 answered to a key the session no longer holds', () => {
    connect('http://sandbox.test', 'udata_current')
    reportUnauthorized('udata_previous')
    expect(isSessionExpired()).toBe(false)
  })

  it('lets an aborted wait go, and fails the rest when the user signs out instead', async () => {
    connect('http://sandbox.test', 'udata_dead')
    reportUnauthorized('udata_dead')
    const controller = new AbortController()
    const aborted = whenReconnected(controller.signal)
    controller.abort()
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
    const dropped = whenReconnected()
    signOutExpired()
    await expect(dropped).rejects.toBeInstanceOf(SignedOutError)
    expect(getApiKey()).toBeNull()
    expect(getSignOutReason()).toBe('expired')
    expect(isSessionExpired()).toBe(false)
  })
})
