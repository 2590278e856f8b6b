import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Link, useLocation, useNavigate } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import {
  apiKeysPageUrl,
  checkInstance,
  instanceHost,
  knownInstances,
  normalizeInstanceUrl,
  sandboxOrigin,
  type KnownInstance,
} from './instances'
import { checkApiKey, keyCheckMessage } from './check-key'
import { meQueries } from './me'
import { authMessages } from './messages'
import { connect, getInstance, getSignOutReason, useSession } from './session'
import { useErrorText } from '@/ui/error-text'

type InstanceChoice = KnownInstance['id'] | 'other'

type ConnectFormValues = {
  instance: InstanceChoice
  customUrl: string
  apiKey: string
}

type FromLocation = { pathname: string; search?: string; hash?: string }

/** The page the guard sent us from (a deep link), if it is a page of the console. */
function fromLocation(state: unknown): FromLocation | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null
  const from = state.from
  if (typeof from !== 'object' || from === null) return null
  const { pathname, search, hash } = from as Record<string, unknown>
  if (typeof pathname !== 'string' || !pathname.startsWith('/') || pathname === '/connect')
    return null
  return {
    pathname,
    search: typeof search === 'string' ? search : '',
    hash: typeof hash === 'string' ? hash : '',
  }
}

/** Preselects the instance used last in this tab, so a reconnect only needs the key. */
function initialChoice(): Pick<ConnectFormValues, 'instance' | 'customUrl'> {
  const previous = getInstance()
  if (previous) {
    const known = knownInstances.find((instance) => instance.origin === previous)
    if (known) return { instance: known.id, customUrl: '' }
    return { instance: 'other', customUrl: previous }
  }
  return { instance: 'www', customUrl: '' }
}

function originFor(values: ConnectFormValues): string | undefined {
  if (values.instance === 'other') return normalizeInstanceUrl(values.customUrl)
  return knownInstances.find((instance) => instance.id === values.instance)?.origin
}

export function ConnectPage() {
  const t = useMessages(authMessages)
  const errorText = useErrorText()
  usePageTitle(t.pageTitle)
  const navigate = useNavigate()
  const location = useLocation()
  const queryClient = useQueryClient()
  const session = useSession()
  const from = fromLocation(location.state)
  // Kept until the next connect, so it survives the reload that a production CSP change needs;
  // re-read on each render since sign-out happens while the shell is on screen.
  const signOutReason = getSignOutReason()
  const [isKeyShown, setIsKeyShown] = useState(false)
  const abortRef = useRef<AbortController | null>(null)
  useEffect(() => () => abortRef.current?.abort(), [])

  const form = useForm<ConnectFormValues>({
    defaultValues: { ...initialChoice(), apiKey: '' },
  })
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = form
  const choice = useWatch({ control, name: 'instance' })
  const customUrl = useWatch({ control, name: 'customUrl' })
  const chosenOrigin = originFor({ instance: choice, customUrl, apiKey: '' })

  async function onSubmit(values: ConnectFormValues) {
    const origin = originFor(values)
    if (!origin) {
      setError('customUrl', { type: 'validate', message: t.customUrlInvalid })
      return
    }
    const host = instanceHost(origin)
    const apiKey = values.apiKey.trim()
    abortRef.current?.abort()
    const controller = new AbortController()
    abortRef.current = controller

    if (values.instance === 'other') {
      const check = await checkInstance(origin, controller.signal)
      if (check === 'unreachable') {
        setError('root.server', { type: 'server', message: t.unreachable(host) })
        return
      }
      if (check === 'not-udata') {
        setError('customUrl', { type: 'server', message: t.notUdata(host) })
        return
      }
    }

    const check = await checkApiKey(origin, apiKey, controller.signal)
    if (check.kind === 'aborted') return
    if (check.kind !== 'ok') {
      const message = keyCheckMessage(check, t, host, errorText)
      if (check.kind === 'key')
        setError('apiKey', { type: 'server', message }, { shouldFocus: true })
      else setError('root.server', { type: 'server', message })
      return
    }
    const { me } = check

    // Another user or instance means nothing cached may be reused.
    queryClient.clear()
    connect(origin, apiKey)
    queryClient.setQueryData(meQueries.current().queryKey, me)
    await navigate(from ?? '/', { replace: true })
  }

  const rootError = errors.root?.server?.message
  const instanceOptions = knownInstances.map((instance) => ({
    label: {
      www: t.instanceWww,
      demo: t.instanceDemo,
      sandbox: t.instanceSandbox,
    }[instance.id],
    hintText:
      instance.id === 'www'
        ? t.instanceWwwHint
        : instance.id === 'demo'
          ? t.instanceDemoHint
          : t.instanceSandboxHint(instance.origin),
    nativeInputProps: { ...register('instance'), value: instance.id },
  }))

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{t.title}</h1>
          <p>{t.intro}</p>

          {signOutReason === 'expired' ? (
            <Alert
              className="fr-mb-4w"
              severity="warning"
              title={t.expiredNotice}
              description={t.expiredNoticeText}
              as="h2"
            />
          ) : signOutReason === 'signed-out' ? (
            <Alert
              className="fr-mb-4w"
              severity="info"
              title={t.signedOutNotice}
              description={t.signedOutNoticeText}
              as="h2"
            />
          ) : from ? (
            <Alert className="fr-mb-4w" severity="info" small description={t.deepLinkNotice} />
          ) : null}

          {session && !signOutReason ? (
            <p>
              {t.alreadyConnected(instanceHost(session.instance))}{' '}
              <Link to="/">{t.backToConsole}</Link>
            </p>
          ) : null}

          {rootError ? (
            <Alert
              className="fr-mb-4w"
              severity="error"
              title={t.errorSummary}
              description={rootError}
              as="h2"
              role="alert"
            />
          ) : null}

          <form noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
            <RadioButtons
              legend={t.instanceLegend}
              hintText={t.instanceHint}
              options={[
                ...instanceOptions,
                {
                  label: t.instanceOther,
                  hintText: t.instanceOtherHint,
                  nativeInputProps: { ...register('instance'), value: 'other' },
                },
              ]}
            />
            {choice === 'other' ? (
              <Input
                label={t.customUrlLabel}
                hintText={t.customUrlHint}
                state={errors.customUrl ? 'error' : 'default'}
                stateRelatedMessage={errors.customUrl?.message}
                nativeInputProps={{
                  ...register('customUrl', {
                    validate: (value) => (value.trim() ? true : t.customUrlRequired),
                  }),
                  type: 'url',
                  inputMode: 'url',
                  autoComplete: 'url',
                  spellCheck: false,
                }}
              />
            ) : null}

            <Input
              label={t.apiKeyLabel}
              hintText={t.apiKeyHint}
              state={errors.apiKey ? 'error' : 'default'}
              stateRelatedMessage={errors.apiKey?.message}
              nativeInputProps={{
                ...register('apiKey', {
                  validate: (value) => (value.trim() ? true : t.apiKeyRequired),
                }),
                type: isKeyShown ? 'text' : 'password',
                // The key is a secret: no autofill, no spell check sending it to a dictionary.
                autoComplete: 'off',
                autoCapitalize: 'off',
                autoCorrect: 'off',
                spellCheck: false,
              }}
              addon={
                <Button
                  type="button"
                  priority="secondary"
                  iconId={isKeyShown ? 'fr-icon-eye-off-line' : 'fr-icon-eye-line'}
                  aria-pressed={isKeyShown}
                  aria-label={isKeyShown ? t.hideKey : t.showKey}
                  style={{ whiteSpace: 'nowrap' }}
                  onClick={() => setIsKeyShown((shown) => !shown)}
                >
                  {isKeyShown ? t.hide : t.show}
                </Button>
              }
            />
            {chosenOrigin && choice !== 'sandbox' ? (
              <p className="fr-text--sm">
                <a
                  href={apiKeysPageUrl(chosenOrigin)}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={`${t.whereToFindKey(instanceHost(chosenOrigin))} — ${t.newWindow}`}
                >
                  {t.whereToFindKey(instanceHost(chosenOrigin))}
                </a>
              </p>
            ) : null}
            {choice === 'sandbox' && sandboxOrigin ? (
              <p className="fr-text--sm">{t.sandboxKeys}</p>
            ) : null}

            <Button type="submit" disabled={isSubmitting} className="fr-mt-2w">
              {isSubmitting ? t.submitting : t.submit}
            </Button>
          </form>
        </div>
      </div>
    </div>
  )
}
