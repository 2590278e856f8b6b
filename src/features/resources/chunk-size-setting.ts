import { defaultChunkSize, minChunkSize } from './chunk-plan'

// A preference of this browser, not a secret: localStorage, like the language.
const storageKey = 'udata-console.upload-chunk-mb'
export const chunkSizeChoicesMb = [5, 10, 20, 50, 100] as const

export function getChunkSize(): number {
  try {
    const mb = Number(localStorage.getItem(storageKey))
    const bytes = Math.round(mb * 1024 * 1024)
    return Number.isFinite(bytes) && bytes >= minChunkSize ? bytes : defaultChunkSize
  } catch {
    return defaultChunkSize
  }
}

export function setChunkSizeMb(mb: number) {
  try {
    localStorage.setItem(storageKey, String(mb))
  } catch {
    // private mode: the default applies
  }
}
