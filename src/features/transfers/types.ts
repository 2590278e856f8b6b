/**
 * Source: udata `udata/features/transfer/api.py` (`transfer_fields`), udata-api.md §4.9.
 * `reponse_comment` (sic) is what udata answers, and it is always null there: udata's model
 * stores the answer's comment under another name.
 */
export type TransferSubjectClass = 'Dataset' | 'Reuse' | 'Dataservice'

export type TransferSubject = { class: TransferSubjectClass; id: string; title: string }

export type TransferParty =
  | { class: 'Organization'; id: string; name: string; acronym?: string | null; slug?: string }
  | { class: 'User'; id: string; first_name: string; last_name: string; slug?: string }

export type Transfer = {
  id: string
  user: { id: string; first_name: string; last_name: string } | null
  owner: TransferParty | null
  recipient: TransferParty | null
  subject: (TransferSubject & { slug?: string; page?: string }) | null
  comment: string | null
  created: string
  status: 'pending' | 'accepted' | 'refused'
  responded: string | null
  reponse_comment: string | null
}

/** `GET /api/1/organizations/suggest/` (udata-api.md §4.2). */
export type OrganizationSuggestion = {
  id: string
  name: string
  acronym: string | null
  slug: string
  image_url?: string | null
}

export type TransferRequest = {
  subject: { class: TransferSubjectClass; id: string }
  recipient: { class: 'Organization'; id: string }
  comment: string
}
