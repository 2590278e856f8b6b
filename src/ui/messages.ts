import { defineMessages } from '@/i18n/messages'
import { enNumber, frNumber } from '@/i18n/numbers'

export const uiMessages = defineMessages({
  fr: {
    loading: 'Chargement…',
    errorTitle: 'Une erreur est survenue',
    retry: 'Réessayer',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    pagination: 'Pagination',
    pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
    results: (total: number) => `${frNumber(total)} résultat${total > 1 ? 's' : ''}`,
    offline: 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.',
    timeout: 'Le serveur met trop de temps à répondre. Réessayez dans un instant.',
    rateLimited: 'Le serveur reçoit trop de demandes. Réessayez dans un instant.',
    sessionExpired:
      'Le portail a refusé la clé d’API (session expirée) : une fois reconnecté, réessayez.',
    serverDown: (status: number) =>
      `Le serveur est momentanément indisponible (erreur ${status}). Réessayez dans un instant.`,
    httpError: (status: number) => `Le serveur a répondu par une erreur (${status}).`,
    notFound:
      'Introuvable : cet élément a été supprimé, l’adresse est erronée, ou il est privé et votre clé d’API ne permet pas de le voir.',
    forbidden: 'Votre clé d’API ne permet pas de modifier cet élément (erreur 403).',
    pageLinkRefused:
      'Le serveur a indiqué une page suivante hors de son API ; elle n’a pas été chargée. La liste est incomplète.',
    pageGone: 'Cette page n’existe plus ; voici la dernière page.',
    withCount: (label: string, count: number | undefined) =>
      count === undefined ? label : `${label} (${frNumber(count)})`,
    dismiss: 'Masquer',
    cancel: 'Annuler',
    close: 'Fermer',
  },
  en: {
    loading: 'Loading…',
    errorTitle: 'Something went wrong',
    retry: 'Try again',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pagination: 'Pagination',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    results: (total: number) => `${enNumber(total)} result${total > 1 ? 's' : ''}`,
    offline: 'The server cannot be reached. Check your connection and try again.',
    timeout: 'The server is taking too long to answer. Try again in a moment.',
    rateLimited: 'The server is receiving too many requests. Try again in a moment.',
    sessionExpired:
      'The instance refused the API key (session expired): once reconnected, try again.',
    serverDown: (status: number) =>
      `The server is unavailable for now (error ${status}). Try again in a moment.`,
    httpError: (status: number) => `The server answered with an error (${status}).`,
    notFound:
      'Not found: this item was deleted, the address is wrong, or it is private and your API key may not see it.',
    forbidden: 'Your API key may not modify this item (error 403).',
    pageLinkRefused:
      'The server gave a next page outside its API; it was not loaded. The list is incomplete.',
    pageGone: 'That page no longer exists; here is the last page.',
    withCount: (label: string, count: number | undefined) =>
      count === undefined ? label : `${label} (${enNumber(count)})`,
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    close: 'Close',
  },
})
