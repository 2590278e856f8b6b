import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { PaginatedArray } from '@/api/pagination'
import { useMessages } from '@/i18n/messages'
import { uiMessages } from './messages'

type PaginationProps = {
  /** udata's own envelope: its `previous_page`/`next_page` decide which links exist. */
  list: Omit<PaginatedArray<unknown>, 'data'>
  /** The console URL showing page `n` (list state lives in the URL). */
  hrefForPage: (page: number) => string
}

/** DSFR pagination as links, so paging is keyboard- and back-button-friendly. */
export function Pagination({ list, hrefForPage }: PaginationProps) {
  const {
    page,
    page_size: pageSize,
    total,
    previous_page: previousPage,
    next_page: nextPage,
  } = list
  const t = useMessages(uiMessages)
  const pages = Math.max(1, Math.ceil(total / pageSize))
  return (
    <nav className="fr-pagination fr-mt-3w" aria-label={t.pagination}>
      <ul className="fr-pagination__list">
        <li>
          {previousPage ? (
            <Link className="fr-pagination__link fr-pagination__link--first" to={hrefForPage(1)}>
              1
            </Link>
          ) : null}
        </li>
        <li>
          <StepLink rel="prev" to={previousPage ? hrefForPage(page - 1) : null}>
            {t.previousPage}
          </StepLink>
        </li>
        <li>
          <span className="fr-pagination__link" aria-current="page">
            {t.pageOf(page, pages)}
          </span>
        </li>
        <li>
          <StepLink rel="next" to={nextPage ? hrefForPage(page + 1) : null}>
            {t.nextPage}
          </StepLink>
        </li>
      </ul>
    </nav>
  )
}

/** "Previous" or "next": a link, or the same look, disabled, where there is no such page. */
function StepLink({
  rel,
  to,
  children,
}: {
  rel: 'prev' | 'next'
  to: string | null
  children: ReactNode
}) {
  const className = `fr-pagination__link fr-pagination__link--${rel} fr-pagination__link--lg-label`
  return to ? (
    <Link className={className} to={to} rel={rel}>
      {children}
    </Link>
  ) : (
    <span className={className} aria-disabled="true">
      {children}
    </span>
  )
}
