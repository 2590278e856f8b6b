import { apiFetch } from './client'

/** What udata answers to an image sent on its own. */
type ImagePostAnswer = { success?: boolean; image?: string }

/**
 * Sends an image on its own (a reuse's image, an organization's logo) as udata takes it: a
 * multipart POST of one `file` field, with two minutes for a large file on a slow line.
 */
export function postImage(path: string, file: File): Promise<ImagePostAnswer> {
  const body = new FormData()
  body.append('file', file)
  // No Content-Type header: the browser writes the multipart boundary itself.
  return apiFetch<ImagePostAnswer>(path, { method: 'POST', body, timeoutMs: 120_000 })
}
