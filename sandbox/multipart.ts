// A small multipart/form-data parser over raw bytes (web-standard only, so it runs in-process
// in jsdom tests as well as behind the HTTP server) with a size limit.

export type UploadedFile = { filename: string; contentType: string; data: Uint8Array<ArrayBuffer> }
export type Multipart = { fields: Record<string, string>; files: Record<string, UploadedFile> }

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    if (haystack[i] !== first) continue
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

export function boundaryOf(contentType: string | null): string | null {
  if (!contentType || !contentType.toLowerCase().startsWith('multipart/form-data')) return null
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  return m ? (m[1] ?? m[2] ?? '').trim() : null
}

export function parseMultipart(body: Uint8Array<ArrayBuffer>, boundary: string): Multipart {
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const delimiter = encoder.encode(`--${boundary}`)
  const headerEnd = encoder.encode('\r\n\r\n')
  const out: Multipart = { fields: {}, files: {} }
  let pos = indexOf(body, delimiter, 0)
  while (pos >= 0) {
    let start = pos + delimiter.length
    // "--" after the delimiter closes the body
    if (body[start] === 45 && body[start + 1] === 45) break
    if (body[start] === 13 && body[start + 1] === 10) start += 2
    const headersEnd = indexOf(body, headerEnd, start)
    if (headersEnd < 0) break
    const headers = decoder.decode(body.subarray(start, headersEnd))
    const contentStart = headersEnd + 4
    const next = indexOf(body, delimiter, contentStart)
    if (next < 0) break
    // content ends before the CRLF that precedes the next delimiter
    const contentEnd = body[next - 2] === 13 && body[next - 1] === 10 ? next - 2 : next
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? ''
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1]
    if (name !== undefined) {
      if (filename !== undefined) {
        out.files[name] = {
          filename,
          contentType:
            /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream',
          data: body.slice(contentStart, contentEnd),
        }
      } else {
        out.fields[name] = decoder.decode(body.subarray(contentStart, contentEnd))
      }
    }
    pos = next
  }
  return out
}

/** Build a multipart body (used by tests and the bench; mirrors what browsers send). */
export function buildMultipart(
  fields: Record<string, string>,
  file?: { name?: string; filename: string; contentType?: string; data: Uint8Array | string },
): { body: Uint8Array<ArrayBuffer>; contentType: string } {
  const boundary = `----sandbox${Math.random().toString(16).slice(2)}`
  const encoder = new TextEncoder()
  const chunks: Uint8Array[] = []
  for (const [key, value] of Object.entries(fields)) {
    chunks.push(
      encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`,
      ),
    )
  }
  if (file) {
    chunks.push(
      encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    )
    chunks.push(typeof file.data === 'string' ? encoder.encode(file.data) : file.data)
    chunks.push(encoder.encode('\r\n'))
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`))
  const total = chunks.reduce((n, c) => n + c.length, 0)
  const body = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    body.set(c, offset)
    offset += c.length
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

export async function sha1Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', data)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

type NodeBuffer = {
  from(
    data: ArrayBufferLike,
    offset: number,
    length: number,
  ): { toString(encoding: 'base64'): string }
}

export function toBase64(data: Uint8Array): string {
  // Node's Buffer encodes 100 MB in well under a second; the portable path below takes minutes.
  const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer
  if (nodeBuffer)
    return nodeBuffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')
  let binary = ''
  const step = 0x8000
  for (let i = 0; i < data.length; i += step) {
    binary += String.fromCharCode(...data.subarray(i, i + step))
  }
  return btoa(binary)
}

/** udata refuses HTML files with 415 ("Incorrect file content type: HTML"), whatever the name. */
export function looksLikeHtml(data: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(data.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body)[\s>]/.test(head)
  )
}
