// Waiting for a server a script has just started: `npm start` and the benchmarks both do.

/** Resolves once `url` answers 2xx; a minute at most (a cold `npx vite` is slow on 2 cores). */
export async function waitFor(url) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer`)
}
