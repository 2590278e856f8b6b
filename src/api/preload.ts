import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunction, LoaderFunctionArgs } from 'react-router'
import { getApiKey } from '@/session/session'

/**
 * A route loader that starts the queries its page reads as soon as the router matches the URL,
 * so the page's lazy chunk and its data load side by side ("render as you fetch"). `start`
 * calls `queryClient.prefetchQuery` (or `prefetchInfiniteQuery`) with the very `queryOptions`
 * the page passes to `useQuery`: the page picks up the request in flight (one request, not two),
 * nothing is sent while the cache is fresh, and loading and errors show in the page as before.
 * The loader does not wait for the data, so a slow answer never holds the navigation.
 * Signed out, it starts nothing: the session guard sends the user to connect.
 */
export function preloader(
  queryClient: QueryClient,
  start: (queryClient: QueryClient, args: LoaderFunctionArgs) => void,
): LoaderFunction {
  return (args) => {
    if (getApiKey()) start(queryClient, args)
    return null
  }
}

/** The URL's query of a loader's request, as the page reads it with `useSearchParams`. */
export function searchParamsOf(args: LoaderFunctionArgs): URLSearchParams {
  return new URL(args.request.url).searchParams
}
