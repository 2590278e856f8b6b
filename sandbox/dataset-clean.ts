// What udata's Dataset.clean() checks at save time, after the form (udata/core/dataset/models.py):
// these errors have the model's FVE shape `{errors, message}`, not the form's WTForms one, and
// they apply to every save, v2 extras writes included (udata-api-admin.md §6.1, §6.2).
import { DUPLICATE_AUDIENCE } from './access-type.ts'
import type { Ctx } from './context.ts'
import { HttpError, json } from './http.ts'
import { urlError } from './resource-form.ts'
import type { DatasetDoc } from './types.ts'
import { isRecord } from './util.ts'

function invalid(errors: Record<string, string>, message: string): HttpError {
  return new HttpError(json({ errors, message }, 400))
}

/** `custom:<title>` extras must match the owning organization's `extras.custom` definitions. */
function customExtrasError(ctx: Ctx, ds: DatasetDoc): string | null {
  for (const [key, value] of Object.entries(ds.extras)) {
    if (!key.startsWith('custom:')) continue
    if (!ds.organization)
      return 'Custom metadatas are only accessible to dataset owned by on organization.'
    const title = key.split(':')[1]
    const definitions: unknown = ctx.db.orgsById.get(ds.organization)?.extras.custom
    const definition: unknown = Array.isArray(definitions)
      ? (definitions as unknown[]).find((d) => isRecord(d) && d.title === title)
      : undefined
    if (!isRecord(definition))
      return "Dataset's organization did not define the requested custom metadata."
    if (definition.type === 'choice') {
      const choices: unknown[] = Array.isArray(definition.choices) ? definition.choices : []
      if (!choices.includes(value)) return 'Custom metadata choice is not defined by organization.'
    } else if (!hasPythonType(value, definition.type))
      return 'Custom metadata is not of the right type.'
  }
  return null
}

/** `isinstance(value, pydoc.locate(type))` for the JSON-representable types. */
function hasPythonType(value: unknown, type: unknown): boolean {
  switch (type) {
    case 'str':
      return typeof value === 'string'
    case 'bool':
      return typeof value === 'boolean'
    case 'int':
      // Python's bool is an int
      return typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value))
    case 'float':
      // JSON gives no way to tell 1.0 from 1 here; udata would refuse an integral 1
      return typeof value === 'number'
    default:
      return false
  }
}

/**
 * Throws the save-time error udata would answer, or returns what the save itself changes:
 * a non-open access type clears the licence on every save (test_reset_license_on_restricted).
 */
export function cleanDataset(ctx: Ctx, ds: DatasetDoc): Partial<DatasetDoc> {
  const roles = (ds.access_audiences ?? []).map((a) => a.role)
  if (new Set(roles).size !== roles.length)
    throw invalid({ access_audiences: DUPLICATE_AUDIENCE }, DUPLICATE_AUDIENCE)
  if (ds.authorization_request_url) {
    const error = urlError(ds.authorization_request_url)
    if (error) throw invalid({ authorization_request_url: error }, error)
  }
  const custom = customExtrasError(ctx, ds)
  if (custom) throw invalid({}, custom)
  return ds.access_type !== 'open' && ds.license !== null ? { license: null } : {}
}
