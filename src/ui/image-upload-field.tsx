import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import type { UseMutationResult } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from './error-text'
import { acceptedImageTypes, isAcceptedImage } from './image-types'
import { imageMessages } from './image-messages'
import { notify } from './notices'

type ImageUploadFieldProps = {
  /** the current image's URL, if any */
  image: string | null | undefined
  /** the upload (a multipart POST of `file`), owned by the caller's domain */
  upload: UseMutationResult<unknown, Error, File>
  /** alternative text of the current image ("Current logo of …") */
  currentAlt: string
  disabled?: boolean
}

/**
 * An image sent on its own (a reuse's image, an organization's logo): the current one, a local
 * preview of a new one, then an explicit upload, checked for the formats udata accepts first.
 */
export function ImageUploadField({ image, upload, currentAlt, disabled }: ImageUploadFieldProps) {
  const t = useMessages(imageMessages)
  const errorText = useErrorText()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [chosen, setChosen] = useState<{ file: File; url: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const file = chosen?.file ?? null
  const previewUrl = chosen?.url ?? null
  const setFile = (next: File | null) =>
    setChosen(next ? { file: next, url: URL.createObjectURL(next) } : null)

  // The object URL of a preview is freed when another file is chosen or the page is left.
  useEffect(() => () => (chosen ? URL.revokeObjectURL(chosen.url) : undefined), [chosen])

  const choose = (picked: File | undefined) => {
    upload.reset()
    if (!picked) {
      setFile(null)
      setProblem(null)
      return
    }
    if (!isAcceptedImage(picked)) {
      // Said before any upload: the server would only answer "Unsupported image format".
      setFile(null)
      setProblem(t.imageWrongType(picked.name, picked.type))
      if (inputRef.current) inputRef.current.value = ''
      return
    }
    setProblem(null)
    setFile(picked)
  }

  const serverError = upload.error ? errorText(upload.error) : null
  const message = problem ?? serverError
  const imageStyle = { maxWidth: 240, maxHeight: 160, objectFit: 'contain' } as const
  return (
    <div className={`fr-upload-group${message ? ' fr-input-group--error' : ''}`}>
      <div style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {previewUrl ? (
          <img src={previewUrl} alt={t.imagePreview} style={imageStyle} />
        ) : image ? (
          <img src={image} alt={currentAlt} style={imageStyle} />
        ) : (
          <p className="fr-text--sm">{t.noImage}</p>
        )}
        <div>
          <label className="fr-label" htmlFor={id}>
            {image ? t.imageReplace : t.imageChoose}
            <span className="fr-hint-text">{t.imageHint}</span>
          </label>
          <input
            ref={inputRef}
            className="fr-upload"
            type="file"
            id={id}
            disabled={disabled}
            accept={acceptedImageTypes.join(',')}
            aria-describedby={`${id}-messages`}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          {file ? (
            <Button
              type="button"
              className="fr-mt-2w"
              size="small"
              iconId="fr-icon-upload-line"
              disabled={upload.isPending}
              onClick={() =>
                upload.mutate(file, {
                  onSuccess: () => {
                    notify({ kind: 'success', message: t.imageUploaded })
                    setFile(null)
                    if (inputRef.current) inputRef.current.value = ''
                  },
                })
              }
            >
              {upload.isPending ? t.imageUploading : t.imageUpload}
            </Button>
          ) : null}
        </div>
      </div>
      <div id={`${id}-messages`} className="fr-messages-group" aria-live="polite">
        {message ? <p className="fr-message fr-message--error">{message}</p> : null}
      </div>
      {upload.isSuccess ? (
        <Alert small severity="success" description={t.imageUploaded} className="fr-mt-1w" />
      ) : null}
    </div>
  )
}
