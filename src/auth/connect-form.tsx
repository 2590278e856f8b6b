import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import { fieldState } from '@/ui/field-state'
import { ApiKeyInput } from './api-key-input'
import { checkApiKey, keyCheckMessage } from './check-key'
import { apiKeysPageUrl, instanceHost } from './instance-urls'
import {
  checkInstance,
  normalizeInstanceUrl,
  sandboxOrigin,
  type OfferedInstance,
} from './instances'
import { meQueries } from './me'
import { authMessages } from './messages'
import { connect, getInstance } from '@/session/session'

/** Where the guard sent us from (a deep link into the console). */
export type FromLocation = { pathname: string; search?: string; hash?: string }

/** The origin of an offered instance, or 'other' for one typed in. */
type InstanceChoice = string

type ConnectFormValues = {
  instance: InstanceChoice
  customUrl: string
  apiKey: string
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

/** The instance, its API key, and the checks of both before the console opens. */
export function ConnectForm({
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
            {...fieldState(errors.customUrl)}
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
          {...fieldState(errors.apiKey)}
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
