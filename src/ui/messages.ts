import { defineMessages } from '@/i18n/messages'
import { frNumber } from '@/i18n/numbers'

export const uiMessages = defineMessages(
  {
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
  () => import('./messages.en'),
)
