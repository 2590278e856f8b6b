import { defineMessages } from '@/i18n/messages'

export const appMessages = defineMessages({
  fr: {
    brandTop: 'République\nFrançaise',
    serviceTitle: 'Console udata',
    serviceTagline: 'Gérer les données ouvertes de votre organisation',
    homeLinkTitle: 'Accueil — Console udata',
    connectedTo: (host: string) => `Connecté à ${host}`,
    profileTitle: (name: string, host: string) =>
      `${name} : votre profil sur ${host} — nouvelle fenêtre`,
    switchLanguage: 'English',
    switchLanguageTitle: 'Switch to English',
    signOut: 'Se déconnecter',
    skipToContent: 'Contenu',
    skipToNavigation: 'Menu',
    skipToFooter: 'Pied de page',
    mainNavigation: 'Menu principal',
    organizationMenu: 'Organisation :',
    allOrganizations: 'Toutes mes organisations',
    navHome: 'Accueil',
    navDatasets: 'Jeux de données',
    navReuses: 'Réutilisations',
    navReview: 'À examiner',
    navDiscussions: 'Discussions',
    navBulk: 'Modifications en masse',
    navHealth: 'Santé du catalogue',
    navDataservices: 'API',
    navAdministration: 'Administration',
    navProfile: 'Profil de l’organisation',
    navMembers: 'Membres',
    navCommunityResources: 'Ressources communautaires',
    navHarvesters: 'Moissonnages',
    navTransfers: 'Transferts',
    notificationsCount: (n: number | undefined) => (n ? `Notifications (${n})` : 'Notifications'),
    notificationsLabel: (n: number | undefined) =>
      n === undefined
        ? 'Notifications'
        : n > 0
          ? `Notifications, ${n} non lue${n > 1 ? 's' : ''}`
          : 'Notifications, aucune non lue',
    footerDescription:
      'La console udata aide les organisations à publier et à tenir à jour leurs données ouvertes sur data.gouv.fr et les autres portails udata. Elle agit avec votre clé d’API, gardée dans cet onglet seulement.',
    accessibilityStatus: 'Accessibilité : non conforme',
    notices: 'Notifications',
    refetchFailed: (message: string) =>
      `Des données affichées n’ont pas pu être actualisées : ${message}`,
    noticeTitles: {
      'refetch-failed': 'Actualisation impossible',
      success: 'C’est fait',
      error: 'Erreur',
      info: 'Information',
    },
    notFoundTitle: 'Page introuvable',
    notFoundText:
      'La page que vous cherchez n’existe pas ou a été déplacée. Si vous avez tapé l’adresse, vérifiez-la ; si vous avez suivi un lien, il est peut-être ancien.',
    notFoundError: 'Erreur 404',
    goHome: 'Revenir à l’accueil',
    errorTitle: 'Erreur inattendue',
    errorText:
      'Un problème est survenu en affichant cette page. Réessayez ; si le problème persiste, revenez à l’accueil.',
    reload: 'Recharger la page',
    errorDetails: 'Détail technique',
  },
  en: {
    brandTop: 'République\nFrançaise',
    serviceTitle: 'udata console',
    serviceTagline: 'Manage your organization’s open data',
    homeLinkTitle: 'Home — udata console',
    connectedTo: (host: string) => `Connected to ${host}`,
    profileTitle: (name: string, host: string) => `${name}: your profile on ${host} — new window`,
    switchLanguage: 'Français',
    switchLanguageTitle: 'Passer en français',
    signOut: 'Sign out',
    skipToContent: 'Content',
    skipToNavigation: 'Menu',
    skipToFooter: 'Footer',
    mainNavigation: 'Main menu',
    organizationMenu: 'Organization:',
    allOrganizations: 'All my organizations',
    navHome: 'Home',
    navDatasets: 'Datasets',
    navReuses: 'Reuses',
    navReview: 'To review',
    navDiscussions: 'Discussions',
    navBulk: 'Bulk changes',
    navHealth: 'Catalogue health',
    navDataservices: 'APIs',
    navAdministration: 'Administration',
    navProfile: 'Organization profile',
    navMembers: 'Members',
    navCommunityResources: 'Community resources',
    navHarvesters: 'Harvesting',
    navTransfers: 'Transfers',
    notificationsCount: (n: number | undefined) => (n ? `Notifications (${n})` : 'Notifications'),
    notificationsLabel: (n: number | undefined) =>
      n === undefined
        ? 'Notifications'
        : n > 0
          ? `Notifications, ${n} unread`
          : 'Notifications, none unread',
    footerDescription:
      'The udata console helps organizations publish and maintain their open data on data.gouv.fr and other udata instances. It acts with your API key, kept in this tab only.',
    accessibilityStatus: 'Accessibility: non-compliant',
    notices: 'Notifications',
    refetchFailed: (message: string) => `Some data on screen could not be refreshed: ${message}`,
    noticeTitles: {
      'refetch-failed': 'Refresh failed',
      success: 'Done',
      error: 'Error',
      info: 'Information',
    },
    notFoundTitle: 'Page not found',
    notFoundText:
      'The page you are looking for does not exist or has moved. If you typed the address, check it; if you followed a link, it may be outdated.',
    notFoundError: 'Error 404',
    goHome: 'Back to home',
    errorTitle: 'Unexpected error',
    errorText:
      'Something went wrong while showing this page. Try again; if the problem persists, go back to the home page.',
    reload: 'Reload the page',
    errorDetails: 'Technical details',
  },
})
