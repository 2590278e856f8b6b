import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input, type InputProps } from '@codegouvfr/react-dsfr/Input'
import { useState, type ComponentProps } from 'react'
import { useMessages } from '@/i18n/messages'
import { authMessages } from './messages'
import './api-key-input.css'

/** The opt-outs of the password managers that also look at text fields. */
const passwordManagerOptOut = {
  'data-1p-ignore': 'true', // 1Password
  'data-lpignore': 'true', // LastPass
  'data-bwignore': 'true', // Bitwarden
  'data-form-type': 'other', // Dashlane
}

type Props = Pick<InputProps, 'label' | 'hintText' | 'state' | 'stateRelatedMessage'> & {
  nativeInputProps: ComponentProps<'input'>
}

/**
 * Where an API key is pasted (the connect page, the reconnect dialog): drawn masked, with a
 * show/hide toggle, and not a password field, so that no password manager offers to save or
 * fill it (they all key on type="password", and some ignore autocomplete="off" there).
 */
export function ApiKeyInput({ nativeInputProps, ...props }: Props) {
  const t = useMessages(authMessages)
  const [isKeyShown, setIsKeyShown] = useState(false)
  return (
    <Input
      {...props}
      nativeInputProps={{
        ...nativeInputProps,
        type: 'text',
        autoComplete: 'off',
        ...passwordManagerOptOut,
        // No spell check or correction sending the key to a dictionary.
        autoCapitalize: 'off',
        autoCorrect: 'off',
        spellCheck: false,
      }}
      classes={{ nativeInputOrTextArea: isKeyShown ? undefined : 'api-key--masked' }}
      addon={
        <Button
          type="button"
          priority="secondary"
          iconId={isKeyShown ? 'fr-icon-eye-off-line' : 'fr-icon-eye-line'}
          aria-pressed={isKeyShown}
          // One name for both states (aria-pressed says which), that includes the visible text.
          aria-label={t.showKey}
          style={{ whiteSpace: 'nowrap' }}
          onClick={() => setIsKeyShown((shown) => !shown)}
        >
          {t.show}
        </Button>
      }
    />
  )
}
