import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { useLocation } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { uiMessages } from './messages'

/** Says why the list shows another page than the one asked for (`useLastPageWhenGone`). */
export function PageGoneNotice() {
  const t = useMessages(uiMessages)
  const location = useLocation()
  if ((location.state as { pageGone?: boolean } | null)?.pageGone !== true) return null
  return <Alert className="fr-mb-2w" small severity="info" description={t.pageGone} />
}
