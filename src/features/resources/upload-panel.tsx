import { Button } from '@codegouvfr/react-dsfr/Button'
import { Select } from '@codegouvfr/react-dsfr/Select'
import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState, type DragEvent } from 'react'
import { useSessionExpired } from '@/api/session-expiry'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { useBeforeUnloadGuard } from '@/ui/use-unsaved-changes-guard'
import { chunkSizeChoicesMb, getChunkSize, setChunkSizeMb } from './chunk-size-setting'
import { formatSize } from '@/ui/file-size'
import { resourceMessages } from './messages'
import { resourceQueries } from './queries'
import type { Resource } from './types'
import { classifyUploadError, isRetryableProblem } from './upload-errors'
import { uploadProblemText } from './upload-problem-text'
import { summarize } from './upload-queue'
import { useUploads, type ResourceUpload, type ResourceUploadQueue } from './upload-store'

const percent = (loaded: number, total: number) =>
  total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 100

/** One of an upload's small buttons; `ariaLabel` says which file it acts on, for screen readers. */
function RowAction({
  label,
  ariaLabel,
  onClick,
  tertiary,
}: {
  label: string
  ariaLabel: string
  onClick: () => void
  tertiary?: boolean
}) {
  return (
    <Button
      size="small"
      priority={tertiary ? 'tertiary' : 'secondary'}
      onClick={onClick}
      nativeButtonProps={{ 'aria-label': ariaLabel }}
    >
      {label}
    </Button>
  )
}

function UploadRow({
  upload,
  queue,
  onDescribe,
  replacedTitle,
}: {
  upload: ResourceUpload
  queue: ResourceUploadQueue
  onDescribe: (resource: Resource) => void
  replacedTitle?: string
}) {
  const t = useMessages(resourceMessages)
  const lang = useLanguage()
  const { file, status } = upload
  // The transport holds a refused part until the user reconnects, then sends it again.
  const paused = useSessionExpired() && (status === 'queued' || status === 'uploading')
  const progress = status === 'done' ? 100 : percent(upload.loaded, file.size)
  const problem = status === 'failed' ? classifyUploadError(upload.error, file.name) : undefined
  const statusText = {
    queued: t.statusQueued,
    uploading: t.statusUploading,
    done: t.statusDone,
    failed: t.statusFailed,
    cancelled: t.statusCancelled,
  }[status]
  return (
    <li className="fr-mb-2w" style={{ listStyle: 'none' }}>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1rem', alignItems: 'baseline' }}
      >
        <strong style={{ overflowWrap: 'anywhere' }}>{file.name}</strong>
        <span className="fr-hint-text fr-m-0">{formatSize(file.size, lang)}</span>
        <span>
          {status === 'uploading' && progress === 100 ? t.statusProcessing : statusText}
          {status === 'uploading' && progress < 100 ? ` — ${progress} %` : ''}
          {status === 'uploading' && upload.retries > 0 ? ` (${t.retrying(upload.retries)})` : ''}
          {paused ? ` — ${t.pausedUntilReconnect}` : ''}
        </span>
      </div>
      {replacedTitle ? <p className="fr-hint-text fr-m-0">{t.replacing(replacedTitle)}</p> : null}
      {status === 'queued' || status === 'uploading' ? (
        <progress
          max={100}
          value={progress}
          aria-label={t.progressOf(file.name)}
          style={{ width: '100%', height: '0.75rem' }}
        />
      ) : null}
      {problem ? (
        <p className="fr-error-text fr-mt-1v fr-mb-0">{uploadProblemText(problem, t)}</p>
      ) : null}
      <div className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-1w">
        {status === 'queued' || status === 'uploading' ? (
          <RowAction
            label={t.cancel}
            ariaLabel={t.cancelUpload(file.name)}
            onClick={() => queue.cancel(upload.id)}
          />
        ) : null}
        {(problem && isRetryableProblem(problem)) || status === 'cancelled' ? (
          <RowAction
            label={t.retry}
            ariaLabel={t.retryUpload(file.name)}
            onClick={() => queue.retry(upload.id)}
          />
        ) : null}
        {status === 'done' && upload.result && !upload.target.resourceId ? (
          <RowAction
            label={t.describe}
            ariaLabel={t.describeUpload(file.name)}
            onClick={() => upload.result && onDescribe(upload.result)}
          />
        ) : null}
        {status !== 'queued' && status !== 'uploading' ? (
          <RowAction
            label={t.remove}
            ariaLabel={t.removeUpload(file.name)}
            onClick={() => queue.remove(upload.id)}
            tertiary
          />
        ) : null}
      </div>
    </li>
  )
}

/** Drop zone, file picker and the list of uploads with their progress. */
export function UploadPanel({
  datasetId,
  queue,
  onDescribe,
  titleOf,
}: {
  datasetId: string
  queue: ResourceUploadQueue
  onDescribe: (resource: Resource) => void
  titleOf: (resourceId: string) => string | undefined
}) {
  const t = useMessages(resourceMessages)
  const uploads = useUploads(queue)
  const summary = summarize(uploads)
  const inputRef = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const [chunkMb, setChunkMb] = useState(() => Math.round(getChunkSize() / 1024 / 1024))
  const headingId = useId()
  // The allowed extensions let a refused file fail at once instead of after the upload.
  useQuery(resourceQueries.extensions())

  useBeforeUnloadGuard(summary.active > 0)

  const addFiles = (files: FileList | null) => {
    if (files && files.length > 0) queue.add([...files], { datasetId })
  }
  const handleDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    addFiles(event.dataTransfer.files)
  }

  return (
    <section aria-labelledby={headingId} className="fr-mb-4w">
      <h3 id={headingId} className="fr-h5">
        {t.uploadHeading}
      </h3>
      <div
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
        style={{
          border: `2px dashed var(${dragging ? '--border-action-high-blue-france' : '--border-default-grey'})`,
          background: dragging ? 'var(--background-alt-blue-france)' : undefined,
          padding: '1.5rem',
          textAlign: 'center',
        }}
      >
        <p className="fr-mb-1w">{dragging ? t.dropActive : t.dropZone}</p>
        <p className="fr-mb-1w">{t.dropZoneOr}</p>
        <Button iconId="fr-icon-upload-line" onClick={() => inputRef.current?.click()}>
          {t.pickFiles}
        </Button>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          aria-label={t.pickFiles}
          onChange={(event) => {
            addFiles(event.currentTarget.files)
            event.currentTarget.value = ''
          }}
        />
        <p className="fr-hint-text fr-mt-1w fr-mb-0">{t.dropHint(chunkMb)}</p>
      </div>
      <details className="fr-mt-1w">
        <summary>{t.advanced}</summary>
        <Select
          className="fr-mt-1w"
          label={t.chunkSize}
          hint={t.chunkSizeHint}
          nativeSelectProps={{
            value: String(chunkMb),
            onChange: (event) => {
              const mb = Number(event.currentTarget.value)
              setChunkSizeMb(mb)
              setChunkMb(mb)
            },
          }}
        >
          {chunkSizeChoicesMb.map((mb) => (
            <option key={mb} value={mb}>
              {t.megabytes(mb)}
            </option>
          ))}
        </Select>
      </details>

      {uploads.length > 0 ? (
        <div className="fr-mt-3w">
          <h4 className="fr-h6 fr-mb-1w">{t.uploadsHeading}</h4>
          <p role="status" className="fr-mb-1w">
            {t.overall(summary.done, summary.total)}
            {summary.failed > 0 ? ` — ${t.overallFailed(summary.failed)}` : ''}
          </p>
          {summary.active > 0 ? (
            <progress
              max={100}
              value={percent(summary.loaded, summary.bytes)}
              aria-label={t.overallProgress}
              style={{ width: '100%', height: '1rem' }}
            />
          ) : null}
          <ul className="fr-mt-2w fr-p-0">
            {uploads.map((upload) => (
              <UploadRow
                key={upload.id}
                upload={upload}
                queue={queue}
                onDescribe={onDescribe}
                replacedTitle={
                  upload.target.resourceId ? titleOf(upload.target.resourceId) : undefined
                }
              />
            ))}
          </ul>
          {summary.active === 0 ? (
            <Button size="small" priority="tertiary" onClick={() => queue.clearFinished()}>
              {t.clearFinished}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
