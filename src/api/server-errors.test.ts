import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './client'
import { setServerErrors } from './server-errors'

type Values = { title: string; tags: string[]; temporal_start: string }

describe('setServerErrors', () => {
  it('puts WTForms list errors on their fields', () => {
    const setError = vi.fn()
    const error = new ApiError(400, { errors: { title: ['This field is required.'] } })
    expect(setServerErrors<Values>(error, setError, ['title', 'tags'])).toBe(true)
    expect(setError).toHaveBeenCalledWith('title', {
      type: 'server',
      message: 'This field is required.',
    })
    expect(setError).toHaveBeenCalledTimes(1)
  })

  it('puts api-fields string errors on their fields, joined', () => {
    const setError = vi.fn()
    const error = new ApiError(400, {
      errors: { tags: ['Tag "a" must be between 3 and 96 characters long.', 'Another.'] },
      message: 'Validation failed',
    })
    setServerErrors<Values>(error, setError, ['title', 'tags'])
    expect(setError).toHaveBeenCalledWith('tags', {
      type: 'server',
      message: 'Tag "a" must be between 3 and 96 characters long. Another.',
    })
  })

  it('renames API paths through the field map, nested paths included', () => {
    const setError = vi.fn()
    const error = new ApiError(400, {
      errors: { temporal_coverage: { start: ['Unable to parse date range'] } },
    })
    setServerErrors<Values>(error, setError, ['title'], { temporal_coverage: 'temporal_start' })
    expect(setError).toHaveBeenCalledWith('temporal_start', {
      type: 'server',
      message: 'Unable to parse date range',
    })
  })

  it('puts unknown fields and message-only errors under root.server', () => {
    const unknown = vi.fn()
    setServerErrors<Values>(
      new ApiError(400, { errors: { contact_points: ['Wrong contact point id'] } }),
      unknown,
      ['title'],
    )
    expect(unknown).toHaveBeenCalledWith('root.server', {
      type: 'server',
      message: 'contact_points: Wrong contact point id',
    })
    const messageOnly = vi.fn()
    setServerErrors<Values>(
      new ApiError(400, { message: "'foo' is not a valid UpdateFrequency" }),
      messageOnly,
      ['title'],
    )
    expect(messageOnly).toHaveBeenCalledWith('root.server', {
      type: 'server',
      message: "'foo' is not a valid UpdateFrequency",
    })
  })

  it('leaves other errors to the caller', () => {
    const setError = vi.fn()
    expect(setServerErrors<Values>(new ApiError(403, { message: 'no' }), setError, [])).toBe(false)
    expect(setServerErrors<Values>(new Error('boom'), setError, [])).toBe(false)
    expect(setError).not.toHaveBeenCalled()
  })
})
