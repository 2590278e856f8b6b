/**
 * udata answers errors in several shapes (reference/udata-api.md §7):
 * - WTForms: `{"errors": {"field": ["msg"]}}`, nested for lists and sub-forms, no `message`;
 * - api-fields / model validation: `{"errors": {"field": "msg"}, "message": "msg"}`;
 * - plain aborts: `{"message": "msg"}`; upload protocol: `{"success": false, "error": "msg"}`.
 * This module turns any of them into one message plus field errors keyed by dotted paths.
 */
export type FieldErrors = Record<string, string[]>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** Flattens `{resources: [{schema: {url: ["x"]}}]}` into `{"resources.0.schema.url": ["x"]}`. */
export function flattenFieldErrors(errors: unknown, prefix = ''): FieldErrors {
  const result: FieldErrors = {}
  const add = (path: string, messages: string[]) => {
    if (messages.length > 0) result[path] = [...(result[path] ?? []), ...messages]
  }
  if (typeof errors === 'string') {
    add(prefix, [errors])
  } else if (isStringArray(errors)) {
    add(prefix, errors)
  } else if (Array.isArray(errors)) {
    errors.forEach((item, index) => {
      if (typeof item === 'string') add(prefix, [item])
      else
        Object.assign(result, flattenFieldErrors(item, prefix ? `${prefix}.${index}` : `${index}`))
    })
  } else if (isRecord(errors)) {
    for (const [key, value] of Object.entries(errors)) {
      Object.assign(result, flattenFieldErrors(value, prefix ? `${prefix}.${key}` : key))
    }
  }
  return result
}

export function errorMessageFrom(body: unknown): string | undefined {
  // A gateway's HTML error page (nginx 502/503) is markup, not a message: fall back to the status.
  if (typeof body === 'string')
    return /^[^<]/.test(body.trim()) ? body.trim().slice(0, 300) : undefined
  if (!isRecord(body)) return undefined
  if (typeof body.message === 'string' && body.message) return body.message
  if (typeof body.error === 'string' && body.error) return body.error
  const first = Object.entries(flattenFieldErrors(body.errors))[0]
  if (first) return first[0] ? `${first[0]}: ${first[1].join(' ')}` : first[1].join(' ')
  return undefined
}

export function fieldErrorsFrom(body: unknown): FieldErrors {
  return isRecord(body) ? flattenFieldErrors(body.errors) : {}
}
