import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import type { LoaderFunction, RouteObject } from 'react-router'

/** A lazy page and the factory of its loader (./preload.ts), which starts what the page reads. */
export type PageWithLoader = {
  loader: (queryClient: QueryClient) => LoaderFunction
  Component: ComponentType
}

/**
 * A route whose page and loader come from two lazy chunks, both asked for when the URL matches:
 * the loader's requests leave as soon as its small chunk is in, while the page's code arrives.
 * The `import()`s stay with the caller, so each page keeps its own chunk.
 */
export function lazyPageRoute(
  path: string,
  queryClient: QueryClient,
  page: { [Part in keyof PageWithLoader]: () => Promise<PageWithLoader[Part]> },
): RouteObject {
  return {
    path,
    lazy: {
      loader: async () => (await page.loader())(queryClient),
      Component: page.Component,
    },
  }
}

/**
 * A route whose page comes in one lazy chunk with its loader: `bundle` loads a feature's table of
 * pages (its `lazy-routes.ts`, where small pages seldom visited share a chunk, since each chunk
 * costs the entry a name in its preload map), and `name` picks this route's page.
 */
export function bundledPageRoute<Name extends string>(
  path: string,
  queryClient: QueryClient,
  bundle: () => Promise<Record<Name, PageWithLoader>>,
  name: Name,
): RouteObject {
  // The object form, as in lazyPageRoute: the router runs the loader as soon as the bundle is in,
  // while only the Component waits for the page's English (app/router.tsx). One import either way.
  return {
    path,
    lazy: {
      loader: async () => (await bundle())[name].loader(queryClient),
      Component: async () => (await bundle())[name].Component,
    },
  }
}
