import { screen } from '@testing-library/react'

/** The page's title: its level-1 heading, once the (lazy) page has rendered it. */
export function findPageHeading(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name })
}
