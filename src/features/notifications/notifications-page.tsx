import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { formatDateTime } from '@/ui/dates'
import { useErrorText } from '@/ui/error-text'
import { notify } from '@/ui/notices'
import { usePageTitle } from '@/ui/page-title'
import { Pagination } from '@/ui/pagination'
import { ErrorState, LoadingState } from '@/ui/query-state'
import { notificationMessages } from './messages'
import { useMarkNotificationRead } from './mutations'
import { notificationTarget } from './notification-target'
import { notificationListParams, notificationQueries } from './queries'
import type { UdataNotification } from './types'

/** The user's notifications (per user, across organizations), unread first by default. */
export function NotificationsPage() {
  const t = useMessages(notificationMessages)
  const [search] = useSearchParams()
  const params = notificationListParams(search)
  const list = useQuery(notificationQueries.list(params))
  usePageTitle(t.title)
  const showAll = params.handled === undefined
  const hrefForPage = (page: number) => {
    const next = new URLSearchParams(search)
    next.set('page', String(page))
    return `?${next.toString()}`
  }

  return (
    <div className="fr-pb-4w">
      <h1 className="fr-h2">{t.title}</h1>
      <nav aria-label={t.filter} className="fr-mb-3w">
        <ul className="fr-tags-group">
          <FilterTag to="/notifications" current={!showAll} label={t.unreadOnly} />
          <FilterTag to="/notifications?all=1" current={showAll} label={t.all} />
        </ul>
      </nav>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <p>{showAll ? t.none : t.noneUnread}</p>
      ) : (
        <>
          <ul className="fr-raw-list" aria-busy={list.isPlaceholderData}>
            {list.data.data.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
          <Pagination list={list.data} hrefForPage={hrefForPage} />
        </>
      )}
    </div>
  )
}

/** A DSFR tag as a link; the current one is drawn as DSFR draws a pressed tag. */
function FilterTag({ to, current, label }: { to: string; current: boolean; label: string }) {
  return (
    <li>
      <Link
        className="fr-tag"
        to={to}
        aria-current={current ? 'page' : undefined}
        style={
          current
            ? {
                backgroundColor: 'var(--background-active-blue-france)',
                color: 'var(--text-inverted-blue-france)',
              }
            : undefined
        }
      >
        {label}
      </Link>
    </li>
  )
}

function NotificationItem({ notification }: { notification: UdataNotification }) {
  const t = useMessages(notificationMessages)
  const lang = useLanguage()
  const errorText = useErrorText()
  const navigate = useNavigate()
  const markRead = useMarkNotificationRead()
  const markReadHere = useMarkNotificationRead({
    onSuccess: () => notify({ kind: 'success', message: t.marked }),
    onError: (error) => notify({ kind: 'error', message: errorText(error) }),
  })
  const [resolving, setResolving] = useState(false)
  const target = notificationTarget(notification, t)
  const unread = notification.handled_at === null
  // Opening one marks it read; the navigation does not wait for that answer.
  const markOnOpen = () => {
    if (unread) markRead.mutate(notification.id)
  }
  const openResolved = async () => {
    if (!target.resolveHref) return
    setResolving(true)
    try {
      const href = await target.resolveHref()
      markOnOpen()
      if (href) void navigate(href)
      else notify({ kind: 'info', message: t.noTarget })
    } catch (error) {
      notify({ kind: 'error', message: errorText(error) })
    } finally {
      setResolving(false)
    }
  }
  return (
    <li
      className="fr-p-2w fr-mb-2w"
      style={{
        border: '1px solid var(--border-default-grey)',
        borderLeft: unread ? '4px solid var(--border-active-blue-france)' : undefined,
      }}
    >
      {/* DSFR's Badge is a <p>: the line holding it cannot be one. */}
      <div className="fr-text--sm fr-mb-1w" style={{ display: 'flex', gap: '0.5rem' }}>
        {unread ? (
          <Badge small severity="new">
            {t.unread}
          </Badge>
        ) : null}
        <span>{formatDateTime(notification.created_at, lang)}</span>
      </div>
      <p className="fr-mb-1w">{target.text}</p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {target.href ? (
          <li>
            <Button
              size="small"
              title={t.openLabel(target.text)}
              linkProps={{ to: target.href, onClick: markOnOpen }}
            >
              {t.open}
            </Button>
          </li>
        ) : target.resolveHref ? (
          <li>
            <Button
              size="small"
              title={t.openLabel(target.text)}
              disabled={resolving}
              onClick={() => void openResolved()}
            >
              {t.open}
            </Button>
          </li>
        ) : null}
        {unread ? (
          <li>
            <Button
              size="small"
              priority="secondary"
              title={t.markReadLabel(target.text)}
              disabled={markReadHere.isPending}
              onClick={() => markReadHere.mutate(notification.id)}
            >
              {t.markRead}
            </Button>
          </li>
        ) : null}
      </ul>
    </li>
  )
}
