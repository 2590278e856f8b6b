import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { useDeferredValue, useId, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { resourceMessages } from './messages'
import { resourceQueries } from './queries'
import { RemoteResourceForm } from './remote-resource-form'
import { ReorderPanel } from './reorder-panel'
import { ResourceEditPanel } from './resource-edit-panel'
import { ResourcesTable } from './resources-table'
import type { Resource } from './types'
import { UploadPanel } from './upload-panel'
import { getUploadQueue } from './upload-store'

type Panel =
  { kind: 'none' } | { kind: 'remote' } | { kind: 'edit'; resource: Resource } | { kind: 'reorder' }

/** The "resources" tab of a dataset: its files and links, uploads, edits and order. */
export function ResourcesTab({
  datasetId,
  linkedResourceId = null,
  onLinkedResourceLeft,
}: {
  datasetId: string
  /** A resource the page was opened at (the health page's broken links): it opens for editing. */
  linkedResourceId?: string | null
  onLinkedResourceLeft?: () => void
}) {
  const t = useMessages(resourceMessages)
  const queryClient = useQueryClient()
  const queue = getUploadQueue(queryClient, datasetId)
  const headingId = useId()
  const [panel, setPanel] = useState<Panel>({ kind: 'none' })
  const [message, setMessage] = useState('')
  const [q, setQ] = useState('')
  const deferredQ = useDeferredValue(q.trim())
  const unfiltered = useInfiniteQuery(resourceQueries.list(datasetId, {}))
  const total = unfiltered.data?.pages[0]?.total

  // wherever its page of the list is, the linked resource is read on its own
  const linked = useQuery({
    ...resourceQueries.one(datasetId, linkedResourceId ?? ''),
    enabled: linkedResourceId !== null,
  })
  const shown: Panel =
    linkedResourceId !== null && linked.data ? { kind: 'edit', resource: linked.data } : panel
  const forgetLink = () => {
    if (linkedResourceId !== null) onLinkedResourceLeft?.()
  }

  const titleOf = (resourceId: string) =>
    unfiltered.data?.pages.flatMap((page) => page.data).find((r) => r.id === resourceId)?.title

  const open = (next: Panel) => {
    forgetLink()
    setMessage('')
    setPanel(next)
  }
  const closeWith = (text?: string) => {
    forgetLink()
    setPanel({ kind: 'none' })
    setMessage(text ?? '')
  }

  return (
    <section aria-labelledby={headingId}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '0 1rem' }}>
        <h2 id={headingId} className="fr-h4 fr-mb-1w">
          {t.heading}
        </h2>
        {total !== undefined ? <p className="fr-mb-1w">{t.count(total)}</p> : null}
      </div>

      <UploadPanel
        datasetId={datasetId}
        queue={queue}
        titleOf={titleOf}
        onDescribe={(resource) => open({ kind: 'edit', resource })}
      />

      <div role="status">
        {message ? (
          <Alert
            className="fr-mb-2w"
            severity="success"
            small
            description={message}
            closable
            onClose={() => setMessage('')}
          />
        ) : null}
      </div>

      {shown.kind === 'remote' ? (
        <RemoteResourceForm datasetId={datasetId} onClose={() => closeWith()} onDone={closeWith} />
      ) : null}
      {shown.kind === 'edit' ? (
        <ResourceEditPanel
          key={shown.resource.id}
          datasetId={datasetId}
          resource={shown.resource}
          queue={queue}
          onClose={() => closeWith()}
          onDone={closeWith}
        />
      ) : null}

      {shown.kind === 'reorder' ? (
        <ReorderPanel datasetId={datasetId} onClose={closeWith} />
      ) : (
        <>
          <div
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'flex-end',
              justifyContent: 'space-between',
              gap: '1rem',
            }}
            className="fr-mb-2w"
          >
            <Input
              className="fr-mb-0"
              label={t.filterLabel}
              hintText={t.filterHint}
              nativeInputProps={{
                type: 'search',
                value: q,
                onChange: (event) => setQ(event.currentTarget.value),
              }}
            />
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
              <Button
                priority="secondary"
                iconId="fr-icon-link"
                onClick={() => open({ kind: 'remote' })}
              >
                {t.addRemote}
              </Button>
              <Button
                priority="secondary"
                iconId="fr-icon-arrow-up-down-line"
                disabled={!total || total < 2}
                onClick={() => {
                  setQ('')
                  open({ kind: 'reorder' })
                }}
              >
                {t.reorder}
              </Button>
            </div>
          </div>
          <ResourcesTable
            datasetId={datasetId}
            params={deferredQ ? { q: deferredQ } : {}}
            onEdit={(resource) => open({ kind: 'edit', resource })}
          />
        </>
      )}
    </section>
  )
}
