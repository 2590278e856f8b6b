import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header'
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation'
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import { Outlet, useLocation, useMatch } from 'react-router'
import { apiKeysPageUrl, instanceHost } from '@/auth/instance-urls'
import { displayName, meQueries, type Me } from '@/auth/me'
import { signOut } from '@/session/session'
import { useSession } from '@/session/use-session'
import { useSignOutGuard } from '@/features/datasets/bulk/use-sign-out-guard'
import { unreadNotificationsQuery } from '@/features/notifications/unread-count'
import { setLastOrganization } from '@/features/organizations/last-organization'
import { useLanguage, type Language } from '@/i18n/language'
import { switchLanguage, useMessages } from '@/i18n/messages'
import { dismissNotice, notify } from '@/ui/notices'
import { AppFooter } from './app-footer'
import { connectSrcLockedTo } from '@/auth/csp'
import { appMessages } from './messages'
import { NoticeArea } from './notice-area'
import { ReleaseDsfrScriptWhenShown } from './release-dsfr-script'
import { organizationSectionOf, pathInOrganization } from './organization-path'

// English comes as chunks of its own: should they not arrive, the page stays in French and
// says so, until a switch that succeeds takes that notice away.
let switchFailure = 0
function switchLanguageOrSay(language: Language, failed: string) {
  switchLanguage(language).then(
    () => dismissNotice(switchFailure),
    () => {
      switchFailure = notify({ kind: 'error', message: failed })
    },
  )
}

/**
 * The frame of every screen: DSFR header (instance, user, language, sign-out), the
 * organization's navigation and switcher, notices, and the footer. Also wraps /connect,
 * where only the language switch is offered.
 */
export function AppShell() {
  const t = useMessages(appMessages)
  const language = useLanguage()
  const session = useSession()
  const queryClient = useQueryClient()
  const location = useLocation()
  const organizationId = useMatch('/organizations/:organizationId/*')?.params.organizationId
  const me = useQuery({ ...meQueries.current(), enabled: session !== null })
  const unread = useQuery({
    ...unreadNotificationsQuery(),
    enabled: session !== null && me.data !== undefined,
  })

  // The organization in use is remembered (per instance) so that `/` reopens it next time.
  const isMember = me.data?.organizations.some((org) => org.id === organizationId) ?? false
  useEffect(() => {
    if (session && organizationId && isMember) setLastOrganization(session.instance, organizationId)
  }, [session, organizationId, isMember])

  // In production the CSP was narrowed to the old instance: only a fresh page may reach another.
  useEffect(() => {
    if (!session && connectSrcLockedTo()) window.location.reload()
  }, [session])

  function handleSignOut() {
    // The guard then shows /connect, without remembering this page as one to come back to.
    signOut('signed-out')
    queryClient.clear()
  }
  const signOutGuard = useSignOutGuard(
    session && me.data ? { instance: session.instance, userId: me.data.id } : null,
    handleSignOut,
  )

  const quickAccessItems: HeaderProps.QuickAccessItem[] = []
  if (session && me.data) {
    const name = displayName(me.data)
    quickAccessItems.push({
      iconId: 'fr-icon-account-circle-line',
      text: name,
      linkProps: {
        href: apiKeysPageUrl(session.instance),
        target: '_blank',
        rel: 'noopener noreferrer',
        title: t.profileTitle(name, instanceHost(session.instance)),
      },
    })
  }
  // null: the instance predates udata's notifications (14.3.0), so no item at all. Shown while
  // the count loads, so the items after it do not move under the pointer when it arrives.
  if (session && me.data && unread.data !== null) {
    quickAccessItems.push({
      iconId: 'fr-icon-notification-3-line',
      text: t.notificationsCount(unread.data),
      linkProps: { to: '/notifications', 'aria-label': t.notificationsLabel(unread.data) },
    })
  }
  quickAccessItems.push({
    iconId: 'fr-icon-translate-2',
    text: t.switchLanguage,
    buttonProps: {
      lang: language === 'fr' ? 'en' : 'fr',
      title: t.switchLanguageTitle,
      onClick: () => switchLanguageOrSay(language === 'fr' ? 'en' : 'fr', t.switchLanguageFailed),
    },
  })
  if (session) {
    quickAccessItems.push({
      iconId: 'fr-icon-logout-box-r-line',
      text: t.signOut,
      buttonProps: { onClick: signOutGuard.request },
    })
  }

  const navigation =
    session && organizationId && me.data
      ? organizationNavigation(t, me.data, organizationId, location.pathname)
      : undefined

  return (
    <>
      <SkipLinks
        links={[
          { label: t.skipToContent, anchor: '#content' },
          ...(navigation
            ? [{ label: t.skipToNavigation, anchor: '#fr-header-main-navigation' }]
            : []),
          { label: t.skipToFooter, anchor: '#footer' },
        ]}
      />
      <Header
        id="fr-header"
        // No colour-scheme modal: nothing opens it (the theme is light), and the build leaves
        // its code out of the first screen (scripts/dsfr-slim-header.ts).
        disableDisplay
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        serviceTitle={t.serviceTitle}
        serviceTagline={session ? t.connectedTo(instanceHost(session.instance)) : t.serviceTagline}
        homeLinkProps={{ to: '/', title: t.homeLinkTitle }}
        quickAccessItems={quickAccessItems}
        navigation={navigation}
      />
      <NoticeArea />
      <main id="content" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w">
        {/* A page whose English is still in flight (its code came after a switch) waits here. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <AppFooter
        description={t.footerDescription}
        homeTitle={t.homeLinkTitle}
        accessibilityStatus={t.accessibilityStatus}
      />
      {signOutGuard.dialog}
      <ReleaseDsfrScriptWhenShown />
    </>
  )
}

type AppMessages = (typeof appMessages)['fr']

function organizationNavigation(
  t: AppMessages,
  me: Me,
  organizationId: string,
  pathname: string,
): MainNavigationProps.Item[] {
  const base = `/organizations/${organizationId}`
  const section = organizationSectionOf(pathname)
  const current = me.organizations.find((org) => org.id === organizationId)
  const administration = [
    { section: 'profile', text: t.navProfile },
    { section: 'members', text: t.navMembers },
    { section: 'community-resources', text: t.navCommunityResources },
    { section: 'harvesters', text: t.navHarvesters },
    { section: 'transfers', text: t.navTransfers },
  ] as const
  const others = me.organizations
    .filter((org) => org.id !== organizationId)
    .sort((a, b) => a.name.localeCompare(b.name))
  return [
    {
      text: (
        <>
          <span className="fr-sr-only">{t.organizationMenu} </span>
          {current?.acronym ?? current?.name ?? organizationId}
        </>
      ),
      menuLinks: [
        ...others.map((org) => ({
          text: org.name,
          linkProps: { to: pathInOrganization(pathname, org.id) },
        })),
        { text: t.allOrganizations, linkProps: { to: '/?choose' } },
      ],
    },
    {
      text: t.navHome,
      linkProps: { to: base },
      isActive: pathname === base || pathname === `${base}/`,
    },
    {
      text: t.navDatasets,
      linkProps: { to: `${base}/datasets` },
      isActive: section === 'datasets',
    },
    {
      text: t.navDataservices,
      linkProps: { to: `${base}/dataservices` },
      isActive: section === 'dataservices',
    },
    { text: t.navReuses, linkProps: { to: `${base}/reuses` }, isActive: section === 'reuses' },
    { text: t.navReview, linkProps: { to: `${base}/review` }, isActive: section === 'review' },
    {
      text: t.navDiscussions,
      linkProps: { to: `${base}/discussions` },
      isActive: section === 'discussions',
    },
    { text: t.navBulk, linkProps: { to: `${base}/bulk` }, isActive: section === 'bulk' },
    { text: t.navHealth, linkProps: { to: `${base}/health` }, isActive: section === 'health' },
    {
      text: t.navAdministration,
      isActive: administration.some((item) => item.section === section),
      menuLinks: administration.map((item) => ({
        text: item.text,
        linkProps: { to: `${base}/${item.section}` },
        isActive: item.section === section,
      })),
    },
  ]
}
