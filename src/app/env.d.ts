/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The local sandbox's origin, offered on the connect page (set by vite.config.ts). */
  readonly VITE_SANDBOX_URL?: string
}
