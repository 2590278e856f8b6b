import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Link, useLocation, useNavigate } from 'react-router'
import { connectSrcLockedTo } from '@/auth/csp'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { usePageTitle } from '@/ui/page-title'
import { deploymentConfigQuery } from './deployment-config'
import {
  apiKeysPageUrl,
  checkInstance,
  instanceHost,
  normalizeInstanceUrl,
  offeredInstances,
  sandboxOrigin,
  type OfferedInstance,
} from './instances'
import { ApiKeyInput } from './api-key-input'
import { checkApiKey, keyCheckMessage } from './check-key'
import { meQueries } from './me'
import { authMessages } from './messages'
import { connect, getInstance, getSignOutReason } from '@/session/session'
import { useSession } from '@/session/use-session'
import { useErrorText } from '@/ui/error-text'

/** The origin of an offered instance, or 'other' for one typed in. */
type InstanceChoice = string

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
function initialChoice(
  instances: readonly OfferedInstance[],
): Pick<ConnectFormValues, 'instance' | 'customUrl'> {
  const previous = getInstance()
  if (previous) {
    const known = instances.some((instance) => instance.origin === previous)
    return known
      ? { instance: previous, customUrl: '' }
      : { instance: 'other', customUrl: previous }
  }
  return { instance: instances[0]?.origin ?? 'other', customUrl: '' }
}

function originFor(values: ConnectFormValues): string | undefined {
  return values.instance === 'other' ? normalizeInstanceUrl(values.customUrl) : values.instance
}

export function ConnectPage() {
  const t = useMessages(authMessages)
  const language = useLanguage()
  usePageTitle(t.pageTitle)
  const location = useLocation()
  const session = useSession()
  const from = fromLocation(location.state)
  // Kept until the next connect, so it survives the reload that a production CSP change needs;
  // re-read on each render since sign-out happens while the shell is on screen.
  const signOutReason = getSignOutReason()
  // Once connect-src is narrowed to one instance, config.json is out of reach, and so is every
  // instance it could name until the page reloads (sign-out does): the console's list stands in.
  const config = useQuery({ ...deploymentConfigQuery, enabled: !connectSrcLockedTo() })
  const configured = config.data?.kind === 'ok' ? config.data.instances : null
  const configProblem =
    config.data?.kind === 'invalid' ? config.data.where : (config.error?.message ?? null)

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

          {configProblem ? (
            <Alert
              className="fr-mb-4w"
              severity="error"
              small
              description={t.configInvalid(configProblem)}
            />
          ) : null}

          {config.isFetching ? (
            <p role="status">{t.instancesLoading}</p>
          ) : (
            <ConnectForm instances={offeredInstances(configured, language)} from={from} />
          )}
        </div>
      </div>
    </div>
  )
}

function ConnectForm({
  instances,
  from,
}: {
  instances: readonly OfferedInstance[]
  from: FromLocation | null
}) {
  const t = useMessages(authMessages)
  const errorText = useErrorText()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const abortRef = useRef<AbortController | null>(null)
  useEffect(() => () => abortRef.current?.abort(), [])

  const form = useForm<ConnectFormValues>({
    defaultValues: { ...initialChoice(instances), apiKey: '' },
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
  const instanceOptions = instances.map((instance) => ({
    label: instance.label,
    hintText: instance.hint,
    nativeInputProps: { ...register('instance'), value: instance.origin },
  }))

  return (
    <>
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

        <ApiKeyInput
          label={t.apiKeyLabel}
          hintText={t.apiKeyHint}
          state={errors.apiKey ? 'error' : 'default'}
          stateRelatedMessage={errors.apiKey?.message}
          nativeInputProps={register('apiKey', {
            validate: (value) => (value.trim() ? true : t.apiKeyRequired),
          })}
        />
        {chosenOrigin && choice !== sandboxOrigin ? (
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
        {sandboxOrigin && choice === sandboxOrigin ? (
          <p className="fr-text--sm">{t.sandboxKeys}</p>
        ) : null}

        <Button type="submit" disabled={isSubmitting} className="fr-mt-2w">
          {isSubmitting ? t.submitting : t.submit}
        </Button>
      </form>
    </>
  )
}
