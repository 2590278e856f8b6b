import { Select } from '@codegouvfr/react-dsfr/Select'
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { FieldsetFrame } from './fieldset-frame'

type AudiencesFieldsetProps<V extends FieldValues, R extends string, C extends string> = {
  /** a form whose `access_audiences` maps each role to a condition ('' when unsaid) */
  form: UseFormReturn<V>
  idPrefix: string
  legend: string
  hint: string
  roles: readonly R[]
  conditions: readonly C[]
  roleLabel: (role: R) => string
  conditionLabel: (condition: C | '') => string
}

/**
 * Who may access restricted data (datasets and APIs alike, udata-api-admin.md §6.1): one select
 * per role, so the "one condition per role" rule udata enforces cannot be broken here.
 */
export function AudiencesFieldset<V extends FieldValues, R extends string, C extends string>({
  form,
  idPrefix,
  legend,
  hint,
  roles,
  conditions,
  roleLabel,
  conditionLabel,
}: AudiencesFieldsetProps<V, R, C>) {
  const path = (role?: R) => (role ? `access_audiences.${role}` : 'access_audiences') as Path<V>
  const audiences = useWatch({ control: form.control, name: path() }) as Record<R, string>
  const error = form.getFieldState(path(), form.formState).error?.message
  return (
    <FieldsetFrame id={`${idPrefix}-audiences`} legend={legend} hint={hint} error={error}>
      {roles.map((role) => (
        <div key={role} className="fr-fieldset__element fr-fieldset__element--inline">
          <Select
            label={roleLabel(role)}
            nativeSelectProps={{
              ...form.register(path(role)),
              value: audiences[role],
              id: `${idPrefix}-audience-${role}`,
            }}
          >
            {(['', ...conditions] as const).map((condition) => (
              <option key={condition} value={condition}>
                {conditionLabel(condition)}
              </option>
            ))}
          </Select>
        </div>
      ))}
    </FieldsetFrame>
  )
}
