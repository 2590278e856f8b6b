import { Button } from '@codegouvfr/react-dsfr/Button'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { appMessages } from './messages'

export function NotFoundPage() {
  const t = useMessages(appMessages)
  usePageTitle(t.notFoundTitle)
  return (
    <div className="fr-my-4w">
      <h1>{t.notFoundTitle}</h1>
      <p className="fr-text--sm fr-mb-3w">{t.notFoundError}</p>
      <p className="fr-text--lead fr-mb-5w">{t.notFoundText}</p>
      <Button linkProps={{ to: '/' }}>{t.goHome}</Button>
    </div>
  )
}
