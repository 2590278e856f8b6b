// --data FILE: state kept in a JSON file, written atomically (temp file + rename), debounced.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

export function loadState(path: string): unknown {
  if (!existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    console.error(`[sandbox] cannot read ${path}, starting from the seed`, error)
    return undefined
  }
}

export function writeAtomically(path: string, state: unknown): void {
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, JSON.stringify(state))
  renameSync(temp, path)
}

export function createPersister(path: string, delayMs = 300) {
  let pending: unknown = undefined
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = null
    if (pending === undefined) return
    const state = pending
    pending = undefined
    try {
      writeAtomically(path, state)
    } catch (error) {
      console.error(`[sandbox] cannot write ${path}`, error)
    }
  }
  return {
    schedule(state: unknown) {
      pending = state
      if (!timer) timer = setTimeout(flush, delayMs)
    },
    flush,
  }
}
