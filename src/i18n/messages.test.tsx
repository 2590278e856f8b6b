import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setLanguage } from './language'
import { defineMessages, messagesFor, switchLanguage, useMessages } from './messages'

type Words = { hello: string; count: (n: number) => string }
const english: Words = { hello: 'Hello', count: (n) => `${n} items` }

/** A catalogue whose English arrives when the test says so (or fails). */
function deferredCatalogue() {
  let arrive: () => void = () => {}
  let fail: () => void = () => {}
  const load = vi.fn(
    () =>
      new Promise<{ default: Words }>((resolve, reject) => {
        arrive = () => resolve({ default: english })
        fail = () => reject(new Error('offline'))
      }),
  )
  const catalogue = defineMessages(
    { hello: 'Bonjour', count: (n: number) => `${n} éléments` },
    load,
  )
  return { catalogue, load, arrive: () => arrive(), fail: () => fail() }
}

function Greeting({ catalogue }: { catalogue: ReturnType<typeof deferredCatalogue>['catalogue'] }) {
  const t = useMessages(catalogue)
  return <p>{`${t.hello}, ${t.count(2)}`}</p>
}

/**
 * Under the act environment React 19 retries a render suspended by `use` only when that render
 * was itself in an awaited act (a plain render() stays on its fallback for good).
 */
async function renderSuspended(catalogue: ReturnType<typeof deferredCatalogue>['catalogue']) {
  // eslint-disable-next-line testing-library/no-unnecessary-act -- see above
  await act(() => {
    render(
      <Suspense fallback={<p>waiting</p>}>
        <Greeting catalogue={catalogue} />
      </Suspense>,
    )
    return Promise.resolve()
  })
}

afterEach(() => setLanguage('fr'))

describe('catalogues', () => {
  it('ask for nothing in French, and switch to English once its words have come', async () => {
    const { catalogue, load, arrive } = deferredCatalogue()
    expect(load).not.toHaveBeenCalled()
    expect(messagesFor(catalogue, 'fr').hello).toBe('Bonjour')
    // Outside React, before the English has come: French rather than nothing.
    expect(messagesFor(catalogue, 'en').hello).toBe('Bonjour')
    const switched = switchLanguage('en')
    expect(load).toHaveBeenCalledTimes(1)
    render(<Greeting catalogue={catalogue} />)
    // Still French while the English is in flight: the page does not change piecemeal.
    expect(screen.getByText('Bonjour, 2 éléments')).toBeInTheDocument()
    arrive()
    await switched
    expect(await screen.findByText('Hello, 2 items')).toBeInTheDocument()
    expect(messagesFor(catalogue, 'en').count(3)).toBe('3 items')
  })

  it('stay in French when the English cannot be loaded, and ask again on the next switch', async () => {
    const { catalogue, load, fail, arrive } = deferredCatalogue()
    const first = switchLanguage('en')
    fail()
    await expect(first).rejects.toThrow()
    render(<Greeting catalogue={catalogue} />)
    expect(screen.getByText('Bonjour, 2 éléments')).toBeInTheDocument()
    const second = switchLanguage('en')
    expect(load).toHaveBeenCalledTimes(2)
    arrive()
    await second
    expect(await screen.findByText('Hello, 2 items')).toBeInTheDocument()
  })

  it('hold a component under its Suspense boundary while its English is in flight', async () => {
    setLanguage('en')
    // Evaluated after the switch, as a page's code that arrives later is.
    const { catalogue, load, arrive } = deferredCatalogue()
    expect(load).toHaveBeenCalledTimes(1)
    await renderSuspended(catalogue)
    expect(screen.getByText('waiting')).toBeInTheDocument()
    // React retries the suspended render within act, once the load it waits on has settled.
    await act(() => {
      arrive()
      return catalogue.loadEnglish()
    })
    expect(await screen.findByText('Hello, 2 items')).toBeInTheDocument()
  })

  it('show French rather than fail when the English of a later page cannot come', async () => {
    setLanguage('en')
    const { catalogue, fail } = deferredCatalogue()
    await renderSuspended(catalogue)
    await act(() => {
      fail()
      return catalogue.loadEnglish()
    })
    expect(await screen.findByText('Bonjour, 2 éléments')).toBeInTheDocument()
  })
})
