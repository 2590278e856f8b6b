import { act, renderHook } from '@testing-library/react'
import { dismissNotice, leaveNoticesOutside, notify, successNoticeMs, useNotices } from './notices'

describe('notices', () => {
  afterEach(() => {
    vi.useRealTimers()
    window.history.replaceState(null, '', '/')
  })

  it('dismisses a success notice by itself and keeps an error', () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useNotices())
    act(() => {
      notify({ kind: 'success', message: 'Saved.' })
      notify({ kind: 'error', message: 'Not saved.' })
    })
    expect(result.current.map((notice) => notice.message)).toEqual(['Saved.', 'Not saved.'])
    act(() => {
      vi.advanceTimersByTime(successNoticeMs)
    })
    expect(result.current.map((notice) => notice.message)).toEqual(['Not saved.'])
    act(() => result.current.forEach((notice) => dismissNotice(notice.id)))
    expect(result.current).toEqual([])
  })

  it('confirms a second save with a fresh notice', () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useNotices())
    act(() => {
      notify({ kind: 'success', message: 'Saved.' })
    })
    const first = result.current[0]?.id
    act(() => {
      vi.advanceTimersByTime(successNoticeMs - 1_000)
    })
    act(() => {
      notify({ kind: 'success', message: 'Saved.' })
    })
    expect(result.current).toHaveLength(1)
    expect(result.current[0]?.id).not.toBe(first)
    // The second notice gets its own full delay, not what was left of the first one's.
    act(() => {
      vi.advanceTimersByTime(successNoticeMs - 1)
    })
    expect(result.current).toHaveLength(1)
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(result.current).toEqual([])
  })

  it('belongs to the page that raised it', () => {
    const { result } = renderHook(() => useNotices())
    window.history.replaceState(null, '', '/organizations/o/datasets/d')
    act(() => {
      notify({ kind: 'error', message: 'Not saved.' })
    })
    expect(result.current[0]?.scope).toBe('/organizations/o/datasets/d')
    act(() => leaveNoticesOutside('/organizations/o/datasets/d'))
    expect(result.current).toHaveLength(1)
    act(() => leaveNoticesOutside('/organizations/o/datasets'))
    expect(result.current).toEqual([])
  })
})
