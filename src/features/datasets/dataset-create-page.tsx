import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { useForm, type Path } from 'react-hook-form'
import { useNavigate, useParams } from 'react-router'
import { useMessages } from '@/i18n/messages'
import { notifyAfter } from '@/ui/notices'
import { FormSaveBar } from '@/ui/form-save-bar'
import { useShowSaveError } from '@/ui/use-show-save-error'
import { useUnsavedChangesGuard } from '@/ui/use-unsaved-changes-guard'
import { usePageTitle } from '@/ui/page-title'
import { BackLink } from '@/ui/back-link'
import { listHref } from '@/ui/list-return'
import { DatasetFields } from './dataset-fields'
import {
  datasetFormFields,
  datasetFormSchema,
  emptyFormValues,
  toNewDataset,
  type DatasetFormValues,
} from './dataset-form-values'
import { datasetPageMessages } from './page-messages'
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
  const t = useMessages(datasetPageMessages)
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
      <BackLink to={listHref(`/organizations/${organizationId}/datasets`)}>{t.backToList}</BackLink>
      <h1 className="fr-h2">{t.createTitle}</h1>
      <p>{t.createIntro}</p>
      <form
        noValidate
        className="dataset-form"
        onSubmit={(event) => void form.handleSubmit(handleCreate)(event)}
      >
        <DatasetFields form={form} organizationId={organizationId} idPrefix="new-dataset" />
        <FormSaveBar
          label={t.create}
          pending={create.isPending}
          error={errors.root?.server}
          errorTitles={{ refusedTitle: t.serverError }}
          blocker={blocker}
        />
      </form>
    </div>
  )
}
