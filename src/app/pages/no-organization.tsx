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
  return (
    <>
      <h1>{t.noOrgTitle}</h1>
      <p className="fr-text--lead">{t.noOrgIntro(host)}</p>
      <MyInvitations />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h4">{t.noOrgJoinTitle}</h2>
          <p>{t.noOrgJoin}</p>
          <p>
            <a
              className="fr-link fr-icon-external-link-line fr-link--icon-right"
              href={organizationsDirectoryUrl(instance)}
              target="_blank"
              rel="noopener noreferrer"
              title={`${t.noOrgFind} — ${t.newWindow}`}
            >
              {t.noOrgFind}
            </a>
          </p>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <h2 className="fr-h4">{t.noOrgCreateTitle}</h2>
          <p>{t.noOrgCreate}</p>
          <p>
            <a
              className="fr-link fr-icon-external-link-line fr-link--icon-right"
              href={organizationCreateUrl(instance)}
              target="_blank"
              rel="noopener noreferrer"
              title={`${t.noOrgCreateLink} — ${t.newWindow}`}
            >
              {t.noOrgCreateLink}
            </a>
          </p>
        </div>
      </div>
      <CallOut className="fr-mt-4w">{t.noOrgAfter}</CallOut>
      <Button priority="secondary" iconId="fr-icon-refresh-line" onClick={onRefresh}>
        {t.refresh}
      </Button>
    </>
  )
}
