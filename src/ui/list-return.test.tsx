import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { listHref, useRememberListSearch } from './list-return'

function List() {
  useRememberListSearch()
  return null
}

describe('back links to a list', () => {
  it('return to the list as last shown, and to the bare list once its filters are gone', async () => {
    expect(listHref('/organizations/o/reuses')).toBe('/organizations/o/reuses')
    const router = createMemoryRouter([{ path: '/organizations/o/reuses', element: <List /> }], {
      initialEntries: ['/organizations/o/reuses?status=draft&page=2'],
    })
    render(<RouterProvider router={router} />)
    expect(listHref('/organizations/o/reuses')).toBe('/organizations/o/reuses?status=draft&page=2')
    // Another list keeps its own state.
    expect(listHref('/organizations/o/datasets')).toBe('/organizations/o/datasets')
    await act(() => router.navigate('/organizations/o/reuses'))
    expect(listHref('/organizations/o/reuses')).toBe('/organizations/o/reuses')
  })
})
