/** The organization profile's writes (udata-api-admin.md §2). */
export type CustomMetadataType = 'str' | 'int' | 'float' | 'bool' | 'datetime' | 'date' | 'choice'

/** One definition of `extras.custom` (udata `OrganizationExtrasField`). */
export type CustomMetadata = {
  title: string
  description: string
  type: CustomMetadataType
  choices?: string[]
}

/** What `PUT /api/1/organizations/{org}/` takes (a partial update: only keys sent change). */
export type OrganizationWrite = Partial<{
  name: string
  acronym: string
  description: string
  url: string
  business_number_id: string
  extras: Record<string, unknown>
}>
