import { describe, expect, it } from 'vitest'
import { ApiError } from './client'
import { errorMessageFrom, fieldErrorsFrom, flattenFieldErrors } from './errors'

// Every error shape of udata-api.md §7, as udata sends it.
describe('the error model', () => {
  it('reads WTForms errors (lists of messages, no `message`)', () => {
    const body = {
      errors: { title: ['This field is required.'], description: ['Required.', 'Too short.'] },
    }
    const error = new ApiError(400, body)
    expect(error.fieldErrors).toEqual({
      title: ['This field is required.'],
      description: ['Required.', 'Too short.'],
    })
    expect(error.message).toBe('title: This field is required.')
  })

  it('flattens nested WTForms errors of lists and sub-forms into dotted paths', () => {
    const body = {
      errors: {
        resources: [{}, { schema: { url: ['Invalid URL "x": bad scheme'] } }],
        spatial: { zones: ['Unknown geoid(s): fr:nowhere'] },
      },
    }
    expect(fieldErrorsFrom(body)).toEqual({
      'resources.1.schema.url': ['Invalid URL "x": bad scheme'],
      'spatial.zones': ['Unknown geoid(s): fr:nowhere'],
    })
  })

  it('reads api-fields / model errors (string values plus a message)', () => {
    const body = {
      errors: { url: 'This URL is already registered', type: "'x' is not a valid choice." },
      message: 'This URL is already registered',
    }
    const error = new ApiError(400, body)
    expect(error.message).toBe('This URL is already registered')
    expect(error.fieldErrors).toEqual({
      url: ['This URL is already registered'],
      type: ["'x' is not a valid choice."],
    })
  })

  it('reads ValueError and explicit aborts (message only)', () => {
    const error = new ApiError(400, { message: "'foo' is not a valid UpdateFrequency" })
    expect(error.message).toBe("'foo' is not a valid UpdateFrequency")
    expect(error.fieldErrors).toEqual({})
    expect(new ApiError(410, { message: 'Dataset has been deleted' }).message).toBe(
      'Dataset has been deleted',
    )
  })

  it('reads request-parser errors on query arguments', () => {
    const body = {
      errors: { page_size: 'Invalid argument: 0' },
      message: 'Input payload validation failed',
    }
    const error = new ApiError(400, body)
    expect(error.message).toBe('Input payload validation failed')
    expect(error.fieldErrors).toEqual({ page_size: ['Invalid argument: 0'] })
  })

  it('reads the upload protocol shape ({success: false, error})', () => {
    const error = new ApiError(400, { success: false, error: 'Chunk size mismatch' })
    expect(error.message).toBe('Chunk size mismatch')
    expect(error.fieldErrors).toEqual({})
  })

  it('reads 401 and 403 messages', () => {
    expect(new ApiError(401, { message: 'Invalid API token' }).message).toBe('Invalid API token')
    expect(
      new ApiError(403, { message: 'You do not have the permission to modify that object.' })
        .message,
    ).toBe('You do not have the permission to modify that object.')
  })

  it('reads a non-JSON body (a proxy error page), trimmed and bounded', () => {
    expect(new ApiError(502, '  Bad Gateway \n').message).toBe('Bad Gateway')
    expect(errorMessageFrom('x'.repeat(1000))).toHaveLength(300)
  })

  it('falls back to the HTTP status when the body says nothing', () => {
    expect(new ApiError(500, undefined).message).toBe('HTTP 500')
    expect(new ApiError(500, {}).message).toBe('HTTP 500')
    expect(new ApiError(500, '   ').message).toBe('HTTP 500')
    expect(new ApiError(404, [1, 2]).message).toBe('HTTP 404')
  })

  it('keeps a message on a field path without a name (a list of bare strings)', () => {
    expect(flattenFieldErrors(['one', 'two'])).toEqual({ '': ['one', 'two'] })
    expect(errorMessageFrom({ errors: ['Something is wrong'] })).toBe('Something is wrong')
  })

  it('ignores non-string leaves instead of crashing', () => {
    expect(fieldErrorsFrom({ errors: { count: 3, ok: null } })).toEqual({})
    expect(fieldErrorsFrom('text')).toEqual({})
  })
})
