import { checkTag } from '@/api/tags'
import type { BulkMessages } from './messages'
import type { Operation, OperationKind } from './operations'

export type FormKind = Exclude<OperationKind, 'import' | 'revert'>

export const formKinds: FormKind[] = [
  'add-tags',
  'remove-tags',
  'replace-tag',
  'set-license',
  'set-frequency',
  'set-temporal-coverage',
  'set-spatial-granularity',
  'set-contact-point',
  'set-private',
  'set-archived',
  'find-replace',
  'delete',
  'restore',
]

/** The operations that set a field to one entry of a reference list, and that field. */
export const referenceFields = {
  'set-license': 'license',
  'set-frequency': 'frequency',
  'set-spatial-granularity': 'granularity',
} as const

export type Values = {
  tags: string
  from: string
  to: string
  license: string
  frequency: string
  start: string
  end: string
  clearCoverage: boolean
  granularity: string
  contact: string
  makePrivate: 'true' | 'false'
  archive: 'true' | 'false'
  find: string
  replace: string
  inTitle: boolean
  inDescription: boolean
}

export const initialValues: Values = {
  tags: '',
  from: '',
  to: '',
  license: '',
  frequency: '',
  start: '',
  end: '',
  clearCoverage: false,
  granularity: '',
  contact: '',
  makePrivate: 'true',
  archive: 'true',
  find: '',
  replace: '',
  inTitle: true,
  inDescription: false,
}

export type Errors = Partial<Record<keyof Values, string>>

function splitTags(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean)
}

/** The operation the form's values describe, or the errors that keep it from being one. */
export function operationOf(
  kind: FormKind,
  values: Values,
  t: BulkMessages,
): { operation?: Operation; errors: Errors } {
  const errors: Errors = {}
  const tagError = (field: 'tags' | 'from' | 'to', tags: string[]) => {
    if (tags.length === 0) errors[field] = t.required
    const bad = tags.find((tag) => checkTag(tag).problem !== null)
    if (bad) errors[field] = t.invalidTag(bad)
  }
  let operation: Operation | undefined
  switch (kind) {
    case 'add-tags':
    case 'remove-tags': {
      const tags = splitTags(values.tags)
      tagError('tags', tags)
      operation = { kind, tags }
      break
    }
    case 'replace-tag':
      tagError('from', splitTags(values.from).slice(0, 1))
      tagError('to', splitTags(values.to).slice(0, 1))
      operation = { kind, from: values.from.trim(), to: values.to.trim() }
      break
    case 'set-license':
    case 'set-frequency':
    case 'set-spatial-granularity': {
      const field = referenceFields[kind]
      if (!values[field]) errors[field] = t.required
      // The field and the operation's parameter have the same name.
      operation = { kind, [field]: values[field] } as Operation
      break
    }
    case 'set-temporal-coverage':
      if (!values.clearCoverage && !values.start) errors.start = t.required
      operation = {
        kind,
        temporal_coverage: values.clearCoverage
          ? null
          : { start: values.start, end: values.end || null },
      }
      break
    case 'set-contact-point':
      operation = { kind, contact_point: values.contact || null }
      break
    case 'set-private':
      operation = { kind, private: values.makePrivate === 'true' }
      break
    case 'set-archived':
      operation = { kind, archived: values.archive === 'true' }
      break
    case 'find-replace': {
      const fields: Array<'title' | 'description'> = []
      if (values.inTitle) fields.push('title')
      if (values.inDescription) fields.push('description')
      if (!values.find) errors.find = t.required
      if (fields.length === 0) errors.inTitle = t.chooseOneField
      operation = { kind, find: values.find, replace: values.replace, fields }
      break
    }
    case 'delete':
    case 'restore':
      operation = { kind }
      break
  }
  return Object.keys(errors).length > 0 ? { errors } : { operation, errors }
}
