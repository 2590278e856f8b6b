/**
 * The job's `concurrency` as the server sees it: at most `size` requests in flight. The runner
 * keeps more datasets in hand than that, so that while one waits on its journal mark (between
 * its GET and its PUT) another's request uses the slot: the slots stay full, and the job's time
 * is its requests', not its requests' plus its journal's.
 *
 * Writes go before reads waiting: a dataset read is written as soon as a slot frees, which keeps
 * the time between its GET (the conflict check) and its PUT to about one request.
 */
export class RequestSlots {
  private busy = 0
  private readonly waiting = { write: [] as Array<() => void>, read: [] as Array<() => void> }

  private size: number

  constructor(size: number) {
    this.size = size
  }

  resize(size: number) {
    this.size = size
    this.next()
  }

  async run<T>(kind: 'read' | 'write', request: () => Promise<T>): Promise<T> {
    if (this.busy >= this.size)
      await new Promise<void>((resolve) => this.waiting[kind].push(resolve))
    else this.busy += 1
    try {
      return await request()
    } finally {
      this.busy -= 1
      this.next()
    }
  }

  /** Hands free slots to the waiting requests, writes first; a slot handed is taken at once. */
  private next() {
    while (this.busy < this.size) {
      const start = this.waiting.write.shift() ?? this.waiting.read.shift()
      if (!start) return
      this.busy += 1
      start()
    }
  }
}
