/** Ports of the servers Playwright starts; overridable so several runs can share a machine. */
export const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 3101)
export const consolePort = Number(process.env.E2E_CONSOLE_PORT ?? 4273)
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`
export const consoleUrl = `http://127.0.0.1:${consolePort}`
