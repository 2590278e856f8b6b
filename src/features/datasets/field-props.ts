import type { UseFormReturn } from 'react-hook-form'
import type { DatasetFormValues } from './dataset-form-values'

/** What each part of the dataset form is given: the form, and the prefix of its ids. */
export type DatasetFieldProps = { form: UseFormReturn<DatasetFormValues>; idPrefix: string }
