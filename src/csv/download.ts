/** Hands a file to the browser's download, without a server round trip. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function dateStamp(date = new Date()): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')
}
