import { Input } from '@codegouvfr/react-dsfr/Input'
import { Select } from '@codegouvfr/react-dsfr/Select'
import type { UseFormReturn } from 'react-hook-form'
import { useMessages } from '@/i18n/messages'
import { fieldState } from '@/ui/field-state'
import { lockableInput } from './form-helpers'
import { resourceMessages } from './messages'
import { checksumTypes, type ResourceEditFormValues } from './resource-edit-values'

/** The checksum of a remote file; a hosted file's is udata's own, shown but locked. */
export function ChecksumFields({
  form,
  isRemote,
}: {
  form: UseFormReturn<ResourceEditFormValues>
  isRemote: boolean
}) {
  const t = useMessages(resourceMessages)
  const { errors } = form.formState
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-text--regular">{t.checksumLegend}</legend>
      <div className="fr-fieldset__element fr-fieldset__element--inline">
        <Select
          label={t.checksumType}
          disabled={!isRemote}
          nativeSelectProps={{ ...form.register('checksum_type'), disabled: !isRemote }}
          {...fieldState(errors.checksum_type)}
        >
          {checksumTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-fieldset__element">
        <Input
          label={t.checksumValue}
          hintText={isRemote ? t.checksumValueHint : t.checksumHostedHint}
          {...lockableInput(form.register('checksum_value'), !isRemote, errors.checksum_value, {
            spellCheck: false,
          })}
        />
      </div>
    </fieldset>
  )
}
