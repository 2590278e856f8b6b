// Per-request context handed to every route handler.
import type { Lang } from './reference.ts'
import type { Db } from './store.ts'
import type { UserDoc } from './types.ts'

export type Ctx = {
  request: Request
  url: URL
  /** scheme://host[:port] as seen in the request; every absolute URL is built from it */
  origin: string
  db: Db
  user: UserDoc | null
  lang: Lang
  params: Record<string, string>
  /** X-Get-Datasets-Full-Objects: any non-empty value counts (even "false") */
  fullObjects: boolean
  maxUploadBytes: number
  /** JSON bodies are limited too (nginx client_max_body_size analogue) */
  maxJsonBytes: number
  /** called after every write: the CLI persists, and what reads kept (`Db.writes`) is dropped */
  changed: () => void
}
