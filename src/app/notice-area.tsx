import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { dismissNotice, leaveNoticesOutside, useNotices } from '@/ui/notices'
import { appMessages } from './messages'

/** Only the latest few notices are shown; older ones would push the page down for nothing. */
const maxShown = 3

/** The notices of the current page (`notify()`), announced politely and dismissible. */
export function NoticeArea() {
  const t = useMessages(appMessages)
  useLocation() // re-renders on navigation, when window.location has already moved
  const here = window.location.pathname
  useEffect(() => leaveNoticesOutside(here), [here])
  const notices = useNotices()
    .filter((notice) => notice.scope === here)
    .slice(-maxShown)
  return (
    <div aria-live="polite" className="fr-container">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          className="fr-mt-2w"
          severity={
            notice.kind === 'success'
              ? 'success'
              : notice.kind === 'info'
                ? 'info'
                : notice.kind === 'error'
                  ? 'error'
                  : 'warning'
          }
          title={t.noticeTitles[notice.kind]}
          description={
            notice.kind === 'refetch-failed' ? t.refetchFailed(notice.message) : notice.message
          }
          as="h2"
          small={false}
          closable
          onClose={() => dismissNotice(notice.id)}
        />
      ))}
    </div>
  )
}
