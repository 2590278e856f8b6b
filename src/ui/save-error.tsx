import { Alert } from '@codegouvfr/react-dsfr/Alert'
import type { GlobalError } from 'react-hook-form'
import { failedType } from './use-show-save-error'

export type SaveErrorAlertProps = {
  error: GlobalError | undefined
  /** Title for a save the server refused (400); none gives a small alert. */
  refusedTitle?: string
  /** Title, and a sentence after the message, for a save that failed outright. */
  failedTitle?: string
  failedNote?: string
  className?: string
}

export function SaveErrorAlert({
  error,
  refusedTitle,
  failedTitle,
  failedNote,
  className = 'fr-mb-3w',
}: SaveErrorAlertProps) {
  if (!error?.message) return null
  const failed = error.type === failedType
  const title = failed ? (failedTitle ?? refusedTitle) : refusedTitle
  const description = failed && failedNote ? `${error.message} ${failedNote}` : error.message
  return title ? (
    <Alert severity="error" title={title} description={description} className={className} />
  ) : (
    <Alert severity="error" small description={description} className={className} />
  )
}
