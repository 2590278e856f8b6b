import { ApiError, NetworkError } from '@/api/client'
import { PageLinkError } from '@/api/pagination'
import { messagesFor } from '@/i18n/messages'
import { errorText, isGone } from './error-text'
import { uiMessages } from './messages'

const fr = messagesFor(uiMessages, 'fr')
const en = messagesFor(uiMessages, 'en')
const nginx503 = '<html><head><title>503 Service Temporarily Unavailable</title></head></html>'

describe('errorText', () => {
  it('says a refused page link in the user’s language, without the link', () => {
    const refused = new PageLinkError('javascript:alert(1)')
    expect(errorText(refused, fr)).toMatch(
      /^Le serveur a indiqué une page suivante hors de son API/,
    )
    expect(errorText(refused, en)).toMatch(/^The server gave a next page outside its API/)
  })

  it('says a gateway error in the user’s language, never "HTTP 503" or the page', () => {
    expect(errorText(new ApiError(503, nginx503), fr)).toBe(
      'Le serveur est momentanément indisponible (erreur 503). Réessayez dans un instant.',
    )
    expect(errorText(new ApiError(502, nginx503), en)).toBe(
      'The server is unavailable for now (error 502). Try again in a moment.',
    )
  })

  it('replaces udata’s English 500 boilerplate and 429 with our own words', () => {
    const boilerplate = { message: 'The server encountered an internal error' }
    expect(errorText(new ApiError(500, boilerplate), fr)).toContain('erreur 500')
    expect(errorText(new ApiError(429, { message: 'Too Many Requests' }), fr)).toBe(
      'Le serveur reçoit trop de demandes. Réessayez dans un instant.',
    )
  })

  it('keeps what the server says about a refusal, or names the status', () => {
    expect(errorText(new ApiError(400, { message: 'Invalid license' }), fr)).toBe('Invalid license')
    expect(errorText(new ApiError(403, ''), fr)).toBe('Le serveur a répondu par une erreur (403).')
  })

  it('replaces udata’s stock English 404 and 403 texts, and keeps an explicit abort’s own', () => {
    const stock404 = {
      message:
        'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
    }
    expect(errorText(new ApiError(404, stock404), fr)).toBe(fr.notFound)
    expect(errorText(new ApiError(404, stock404), en)).toBe(en.notFound)
    const stock403 = { message: 'You do not have the permission to modify that object.' }
    expect(errorText(new ApiError(403, stock403), fr)).toBe(fr.forbidden)
    expect(errorText(new ApiError(404, { message: 'Unknown extra key' }), fr)).toBe(
      'Unknown extra key',
    )
  })

  it('counts 404 and 410 as final, and a server or network fault as worth a retry', () => {
    expect(isGone(new ApiError(404, ''))).toBe(true)
    expect(isGone(new ApiError(410, { message: 'Dataset has been deleted' }))).toBe(true)
    expect(isGone(new ApiError(503, nginx503))).toBe(false)
    expect(isGone(new NetworkError('offline'))).toBe(false)
  })

  it('says a lost connection and a timeout plainly', () => {
    expect(errorText(new NetworkError('offline'), fr)).toBe(fr.offline)
    expect(errorText(new NetworkError('timeout'), en)).toBe(en.timeout)
  })
})
