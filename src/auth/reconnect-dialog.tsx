import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import { useModalDialog } from '@/ui/use-modal-dialog'
import '@/ui/confirm-dialog.css'
import { checkApiKey, keyCheckMessage } from './check-key'
import { apiKeysPageUrl, instanceHost } from './instance-urls'
import { displayName, meQueries, type Me } from './me'
import { ApiKeyInput } from './api-key-input'
import { authMessages } from './messages'
import { getInstance } from '@/session/session'
import { reconnect, signOutExpired, useSessionExpired } from '@/api/session-expiry'

/**
 * Shown over the page (which stays mounted underneath) while the session's key is refused.
 * A native modal `<dialog>`: the page behind is inert and focus stays inside. It cannot be
 * dismissed with Escape, since nothing behind it can work without a key: the way out is a new
 * key or signing out.
 */
export function ReconnectDialog() {
  const expired = useSessionExpired()
  const ref = useRef<HTMLDialogElement>(null)
  useModalDialog(ref, expired)
  const id = useId()
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => event.preventDefault()}
    >
      {expired ? <ReconnectForm id={id} /> : null}
    </dialog>
  )
}

function ReconnectForm({ id }: { id: string }) {
  const t = useMessages(authMessages)
  const errorText = useErrorText()
  const queryClient = useQueryClient()
  const origin = getInstance() ?? ''
  const host = origin ? instanceHost(origin) : ''
  const [apiKey, setApiKey] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const abortRef = useRef<AbortController | null>(null)
  useEffect(() => {
    inputRef.current?.focus()
    return () => abortRef.current?.abort()
  }, [])

  const fail = (message: string) => {
    setError(message)
    inputRef.current?.focus()
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const key = apiKey.trim()
    if (!key) return fail(t.apiKeyRequired)
    abortRef.current?.abort()
    const controller = new AbortController()
    abortRef.current = controller
    setChecking(true)
    const check = await checkApiKey(origin, key, controller.signal)
    if (check.kind === 'aborted') return
    setChecking(false)
    if (check.kind !== 'ok') return fail(keyCheckMessage(check, t, host, errorText))
    // Everything on screen and in the cache is this account's: another one's key would mix them.
    const known = queryClient.getQueryData<Me>(meQueries.current().queryKey)
    if (known && known.id !== check.me.id) return fail(t.otherAccount(displayName(check.me)))
    queryClient.setQueryData(meQueries.current().queryKey, check.me)
    reconnect(key)
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <div className="confirm-dialog__content fr-pt-4w">
        <h2 id={`${id}-title`} className="fr-h4">
          {t.reconnectTitle}
        </h2>
        <div id={`${id}-intro`}>
          <p>{t.reconnectIntro(host)}</p>
          <p>{t.reconnectHow}</p>
        </div>
        {error ? (
          <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />
        ) : null}
        <ApiKeyInput
          label={t.reconnectKeyLabel}
          nativeInputProps={{
            ref: inputRef,
            value: apiKey,
            onChange: (event) => setApiKey(event.target.value),
            'aria-invalid': error ? true : undefined,
          }}
        />
        {origin ? (
          <p className="fr-text--sm">
            <a
              href={apiKeysPageUrl(origin)}
              target="_blank"
              rel="noopener noreferrer"
              title={`${t.whereToFindKey(host)} — ${t.newWindow}`}
            >
              {t.whereToFindKey(host)}
            </a>
          </p>
        ) : null}
      </div>
      <div className="confirm-dialog__footer">
        <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
          <li>
            <Button type="submit" disabled={checking}>
              {checking ? t.submitting : t.reconnectSubmit}
            </Button>
          </li>
          <li>
            <Button type="button" priority="secondary" onClick={signOutExpired} disabled={checking}>
              {t.reconnectSignOut}
            </Button>
          </li>
        </ul>
      </div>
    </form>
  )
}
