import { Button } from '@codegouvfr/react-dsfr/Button'
import { CallOut } from '@codegouvfr/react-dsfr/CallOut'
import {
  instanceHost,
  organizationCreateUrl,
  organizationsDirectoryUrl,
} from '@/auth/instance-urls'
import { MyInvitations } from '@/features/members/my-invitations'
import { useMessages } from '@/i18n/messages'
import { organizationMessages } from '@/features/organizations/messages'
// Not in the up-front DSFR stylesheet (scripts/dsfr-css.mjs): this page brings its own.
import '@codegouvfr/react-dsfr/dsfr/component/callout/callout.main.min.css'

/** One way into an organization, done on the instance itself (in a new window). */
function InstanceWay({
  title,
  body,
  href,
  link,
  newWindow,
}: {
  title: string
  body: string
  href: string
  link: string
  newWindow: string
}) {
  return (
    <div className="fr-col-12 fr-col-md-6">
      <h2 className="fr-h4">{title}</h2>
      <p>{body}</p>
      <p>
        <a
          className="fr-link fr-icon-external-link-line fr-link--icon-right"
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          title={`${link} — ${newWindow}`}
        >
          {link}
        </a>
      </p>
    </div>
  )
}

/** What a user with no organization can do about it, with links to the instance. */
export function NoOrganization({
  instance,
  onRefresh,
}: {
  instance: string
  onRefresh: () => void
}) {
  const t = useMessages(organizationMessages)
  const host = instanceHost(instance)
  const ways = [
    {
      title: t.noOrgJoinTitle,
      body: t.noOrgJoin,
      href: organizationsDirectoryUrl(instance),
      link: t.noOrgFind,
    },
    {
      title: t.noOrgCreateTitle,
      body: t.noOrgCreate,
      href: organizationCreateUrl(instance),
      link: t.noOrgCreateLink,
    },
  ]
  return (
    <>
      <h1>{t.noOrgTitle}</h1>
      <p className="fr-text--lead">{t.noOrgIntro(host)}</p>
      <MyInvitations />
      <div className="fr-grid-row fr-grid-row--gutters">
        {ways.map((way) => (
          <InstanceWay key={way.href} {...way} newWindow={t.newWindow} />
        ))}
      </div>
      <CallOut className="fr-mt-4w">{t.noOrgAfter}</CallOut>
      <Button priority="secondary" iconId="fr-icon-refresh-line" onClick={onRefresh}>
        {t.refresh}
      </Button>
    </>
  )
}
