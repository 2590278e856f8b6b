import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useMessages } from '@/i18n/messages'
import { dismissNotice, useNotices } from '@/ui/notices'
import { appMessages } from './messages'

/** Only the latest few notices are shown; older ones would push the page down for nothing. */
const maxShown = 3

/** App-wide notices (`notify()`), announced politely and dismissible. */
export function NoticeArea() {
  const t = useMessages(appMessages)
  const notices = useNotices().slice(-maxShown)
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
