export default {
  brandTop: 'République\nFrançaise',
  serviceTitle: 'udata console',
  serviceTagline: 'Manage your organization’s open data',
  homeLinkTitle: 'Home — udata console',
  connectedTo: (host: string) => `Connected to ${host}`,
  profileTitle: (name: string, host: string) => `${name}: your profile on ${host} — new window`,
  switchLanguage: 'Français',
  switchLanguageTitle: 'Passer en français',
  switchLanguageFailed:
    'English could not be loaded (network?): the page stays in French. Try again, or reload the page.',
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
}
