// Image uploads (reuse image, organization logo): a multipart `file` that must be a JPEG, PNG
// or WebP by its bytes (udata opens it with Pillow), else 400 "Unsupported image format".
import type { Ctx } from './context.ts'
import { MESSAGES, plain } from './http.ts'
import { boundaryOf, parseMultipart, toBase64 } from './multipart.ts'

/** JPEG, PNG or WebP by magic bytes. */
function imageType(data: Uint8Array): string | null {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png'
  const riff = String.fromCharCode(...data.subarray(0, 4))
  const webp = String.fromCharCode(...data.subarray(8, 12))
  if (riff === 'RIFF' && webp === 'WEBP') return 'webp'
  return null
}

/**
 * Read the uploaded image and store it under /static/<folder>/<id>/<stamp>/<name>.<type>;
 * answers the stored path (served back by routes/files.ts).
 */
export async function storeUploadedImage(
  ctx: Ctx,
  folder: string,
  id: string,
  name: string,
): Promise<string> {
  const declared = Number(ctx.request.headers.get('Content-Length') ?? '0')
  if (declared > ctx.maxUploadBytes) throw plain(413, MESSAGES.tooLarge)
  const buffer = new Uint8Array(await ctx.request.arrayBuffer())
  if (buffer.byteLength > ctx.maxUploadBytes) throw plain(413, MESSAGES.tooLarge)
  const boundary = boundaryOf(ctx.request.headers.get('Content-Type'))
  const file = boundary ? parseMultipart(buffer, boundary).files.file : undefined
  if (!file) throw plain(400, 'Missing file parameter')
  const type = imageType(file.data)
  if (!type) throw plain(400, 'Unsupported image format')
  const stamp = ctx.db.tick().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
  const key = `/static/${folder}/${id}/${stamp}/${name}.${type}`
  ctx.db.state.files[key] = { mime: `image/${type}`, base64: toBase64(file.data) }
  return key
}
