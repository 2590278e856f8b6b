import { Button } from '@codegouvfr/react-dsfr/Button'
import { useRef } from 'react'
import { useMessages } from '@/i18n/messages'
import { resourceMessages } from './messages'

/** Picks a new file for a hosted resource; the upload queue sends it, under the same resource. */
export function ReplaceFile({ onFile }: { onFile: (file: File) => void }) {
  const t = useMessages(resourceMessages)
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className="fr-mt-3w">
      <h4 className="fr-h6 fr-mb-1w">{t.replaceFile}</h4>
      <p className="fr-hint-text">{t.replaceHint}</p>
      <Button
        priority="secondary"
        iconId="fr-icon-upload-line"
        onClick={() => input.current?.click()}
      >
        {t.replaceFile}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t.replaceFile}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          event.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
    </div>
  )
}
