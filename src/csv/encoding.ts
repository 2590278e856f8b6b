/** What a CSV file was written in, as the import preview tells the user. */
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252'

/**
 * Excel writes "CSV UTF-8" with a BOM, most tools write UTF-8 without one, and Excel's plain
 * "CSV" on a French Windows writes Windows-1252. Bytes that are not valid UTF-8 are almost
 * never valid-looking UTF-8 by accident, so a strict UTF-8 decode that fails means
 * Windows-1252 (which decodes any byte).
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): {
  text: string
  encoding: CsvEncoding
} {
  try {
    // ignoreBOM keeps the BOM in the text, so that its presence can be reported.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return text.startsWith('\uFEFF')
      ? { text: text.slice(1), encoding: 'utf-8-bom' }
      : { text, encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}
