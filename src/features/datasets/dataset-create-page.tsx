import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useMemo } from 'react'
import { useForm, type Path } from 'react-hook-form'
import { Link, useNavigate, useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { notifyAfter } from '@/ui/notices'
import { SaveErrorAlert } from '@/ui/save-error'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { usePageTitle } from '@/ui/page-title'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { listHref } from '@/ui/list-return'
import { DatasetFields } from './dataset-fields'
import {
  datasetFormFields,
  datasetFormSchema,
  emptyFormValues,
  toNewDataset,
  type DatasetFormValues,
} from './dataset-form-values'
import { datasetMessages } from './messages'
import { useCreateDataset } from './mutations'
import './datasets.css'

const serverFieldMap: Record<string, Path<DatasetFormValues>> = {
  temporal_coverage: 'temporal_start',
  spatial: 'zones',
  'spatial.zones': 'zones',
  'spatial.granularity': 'granularity',
}

/** `…/datasets/new`: a draft (`private: true`) in the organization, then its page. */
export function DatasetCreatePage() {
  const { organizationId = '' } = useParams()
  const t = useMessages(datasetMessages)
  const navigate = useNavigate()
  usePageTitle(t.createTitle)
  const schema = useMemo(() => datasetFormSchema(t), [t])
  const form = useForm<DatasetFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyFormValues,
    mode: 'onTouched',
  })
  const create = useCreateDataset()
  const showSaveError = useShowSaveError(form.setError, datasetFormFields, serverFieldMap)
  const { isDirty, errors } = form.formState

  const { blocker, release } = useUnsavedChangesGuard(isDirty)

  const handleCreate = (values: DatasetFormValues) =>
    create.mutate(toNewDataset(values, organizationId), {
      onSuccess: (dataset) => {
        release()
        notifyAfter(navigate(`/organizations/${organizationId}/datasets/${dataset.id}`), {
          kind: 'success',
          message: t.created,
        })
      },
      onError: showSaveError,
    })

  return (
    <div className="dataset-page">
      <p className="fr-mb-2w">
        <Link
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
          to={listHref(`/organizations/${organizationId}/datasets`)}
        >
          {t.backToList}
        </Link>
      </p>
      <h1 className="fr-h2">{t.createTitle}</h1>
      <p>{t.createIntro}</p>
      <form
        noValidate
        className="dataset-form"
        onSubmit={(event) => void form.handleSubmit(handleCreate)(event)}
      >
        <SaveErrorAlert error={errors.root?.server} refusedTitle={t.serverError} />
        <DatasetFields form={form} organizationId={organizationId} idPrefix="new-dataset" />
        <div className="dataset-form__actions">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t.saving : t.create}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t.leaveTitle}
        confirmLabel={t.leave}
        cancelLabel={t.stay}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t.leaveBody}</p>
      </ConfirmDialog>
    </div>
  )
}
