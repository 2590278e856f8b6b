import { defineMessages } from '@/i18n/messages'

export const notificationMessages = defineMessages(
  {
    title: 'Notifications',
    unreadOnly: 'Non lues',
    all: 'Toutes',
    filter: 'Afficher',
    noneUnread: 'Aucune notification non lue.',
    none: 'Aucune notification.',
    unread: 'Non lue',
    read: 'Lue',
    markRead: 'Marquer comme lue',
    markReadLabel: (what: string) => `Marquer comme lue : ${what}`,
    open: 'Ouvrir',
    openLabel: (what: string) => `Ouvrir : ${what}`,
    marked: 'Notification marquée comme lue.',
    noTarget: 'Rien à traiter dans la console pour celle-ci.',
    membershipRequest: (user: string, org: string) => `${user} demande à rejoindre ${org}.`,
    membershipInvitation: (org: string) => `Vous êtes invité à rejoindre ${org}.`,
    membershipAccepted: (org: string) => `Votre demande pour rejoindre ${org} a été acceptée.`,
    membershipRefused: (org: string) => `Votre demande pour rejoindre ${org} a été refusée.`,
    transfer: (from: string, subject: string, to: string) =>
      `${from} propose de transférer « ${subject} » à ${to}.`,
    badge: (org: string, kind: string) => `${org} a reçu le badge « ${kind} ».`,
    badgeKinds: {
      'public-service': 'Service public',
      certified: 'Certifié',
      association: 'Association',
      company: 'Entreprise',
      'local-authority': 'Collectivité territoriale',
    },
    discussion: {
      new_discussion: (title: string) => `Nouvelle discussion : « ${title} ».`,
      new_comment: (title: string) => `Nouveau message dans « ${title} ».`,
      closed: (title: string) => `Discussion close : « ${title} ».`,
    },
    harvester: {
      pending: (name: string) => `Le moissonneur « ${name} » attend d’être validé.`,
      accepted: (name: string) => `Le moissonneur « ${name} » a été validé.`,
      refused: (name: string) => `Le moissonneur « ${name} » a été refusé.`,
    },
    reuseCreated: (reuse: string, dataset: string) =>
      `Nouvelle réutilisation « ${reuse} » de « ${dataset} ».`,
    dataserviceCreated: (api: string, dataset: string) =>
      `Nouvelle API « ${api} » liée à « ${dataset} ».`,
    unknown: (kind: string) => `Notification (${kind}).`,
    someone: 'Quelqu’un',
    deleted: 'objet supprimé',
  },
  () => import('./messages.en'),
)
