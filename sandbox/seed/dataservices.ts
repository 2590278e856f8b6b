// Seeded dataservices (APIs): a dozen in the big organization covering every status, access
// type and the linked-datasets rules (one links more than a page of datasets), a couple in
// other organizations, and a few discussions on them. Its own random stream, so adding it
// moved no other seeded object.
import type {
  ContactPointDoc,
  DataserviceDoc,
  DatasetDoc,
  DiscussionDoc,
  OrgDoc,
  UserDoc,
} from '../types.ts'
import {
  createRng,
  deriveSeed,
  int,
  isoDate,
  objectId,
  pick,
  sample,
  slugify,
  uuid,
} from '../util.ts'

const DAY = 86_400_000

type Spec = Partial<DataserviceDoc> & { title: string; links?: number; harvested?: boolean }

const BIG_SPECS: Spec[] = [
  {
    title: 'API Qualité de l’air',
    acronym: 'QAIR',
    format: 'REST',
    access_type: 'open',
    availability: 99.5,
    rate_limiting: '50 requêtes par seconde',
    license: 'lov2',
    links: 3,
  },
  {
    title: 'API Géorisques',
    format: 'REST',
    access_type: 'open',
    availability: 98,
    // more than one page (20) of linked datasets: the full-list rule matters
    links: 24,
    license: 'lov2',
  },
  {
    title: 'Flux WMS des zones inondables',
    format: 'WMS',
    access_type: 'open',
    harvested: true,
    links: 2,
  },
  {
    title: 'API Registre des installations classées',
    format: 'REST',
    access_type: 'open_with_account',
    rate_limiting: '10 000 appels par jour',
    links: 1,
  },
  {
    title: 'API Données de consommation énergétique',
    format: 'REST',
    access_type: 'restricted',
    access_audiences: [
      { role: 'local_authority_and_administration', condition: 'yes' },
      { role: 'company_and_association', condition: 'under_condition' },
      { role: 'private', condition: 'no' },
    ],
    access_type_reason_category: 'confidentiality_of_commercial_or_industrial_information',
    access_type_reason:
      'Données de consommation des entreprises couvertes par le secret des affaires.',
    authorization_request_url: 'https://www.ecologie.gouv.fr/demande-acces-energie',
    links: 4,
  },
  {
    title: 'API Sites et sols pollués',
    format: 'REST',
    access_type: 'restricted',
    access_audiences: [{ role: 'local_authority_and_administration', condition: 'yes' }],
    access_type_reason_category: 'protection_of_environment',
    links: 2,
  },
  { title: 'API Bornes de recharge', format: 'REST', access_type: 'open', harvested: true },
  { title: 'Service WSL des stations hydrométriques', format: 'WSL', access_type: 'open' },
  { title: 'API Brouillon des déchets ménagers', private: true, links: 1 },
  { title: 'API Ancienne base carbone', archived_at: 'archived', links: 1 },
  { title: 'API Obsolète des permis de construire', deleted_at: 'deleted' },
  { title: 'API Prix des carburants', format: 'REST', access_type: 'open', links: 2 },
]

const DESCRIPTIONS = [
  'Cette API donne accès aux données **en temps réel** publiées par les services du ministère.\n\n- documentation OpenAPI\n- exemples de requêtes',
  'Service de consultation des données de référence.\n\nVoir la [documentation technique](https://www.ecologie.gouv.fr/) pour les détails.',
  '',
]

const DISCUSSION_TITLES = [
  'Erreur 500 sur l’endpoint /stations',
  'Quota trop bas pour un usage en production',
  'Documentation OpenAPI obsolète',
]

/** An API with nothing said yet: udata's defaults for what a creation (or the seed) leaves out. */
export function blankDataservice(): Omit<
  DataserviceDoc,
  'id' | 'title' | 'slug' | 'created_at' | 'metadata_modified_at'
> {
  return {
    acronym: null,
    description: '',
    base_api_url: null,
    machine_documentation_url: null,
    technical_documentation_url: null,
    business_documentation_url: null,
    authorization_request_url: null,
    availability: null,
    availability_url: null,
    rate_limiting: null,
    rate_limiting_url: null,
    format: null,
    license: null,
    tags: [],
    private: false,
    access_type: 'open',
    access_audiences: [],
    access_type_reason_category: null,
    access_type_reason: null,
    contact_points: [],
    datasets: [],
    extras: {},
    archived_at: null,
    deleted_at: null,
    featured: false,
    badges: [],
    organization: null,
    owner: null,
    harvest: null,
    views: 0,
    followers: 0,
  }
}

export function seedDataservices(
  seed: number,
  now: number,
  orgs: { big: OrgDoc; others: OrgDoc[] },
  datasets: readonly DatasetDoc[],
  contacts: readonly ContactPointDoc[],
  community: readonly UserDoc[],
): { dataservices: DataserviceDoc[]; discussions: DiscussionDoc[] } {
  const rng = createRng(deriveSeed(seed, 'dataservices'))
  const make = (org: OrgDoc, spec: Spec, index: number): DataserviceDoc => {
    const created = now - int(rng, 30, 900) * DAY
    const modified = created + int(rng, 1, 25) * DAY
    const orgDatasets = datasets.filter(
      (d) => d.organization === org.id && !d.private && !d.deleted,
    )
    const orgContacts = contacts.filter((c) => c.organization === org.id)
    const base = slugify(spec.title)
    const { links = 0, harvested = false, ...fields } = spec
    const doc: DataserviceDoc = {
      ...blankDataservice(),
      id: objectId(rng, created),
      slug: base,
      description: pick(rng, DESCRIPTIONS),
      base_api_url: `https://api.example.gouv.fr/${base}/v1/`,
      machine_documentation_url: `https://api.example.gouv.fr/${base}/openapi.json`,
      technical_documentation_url: index % 2 === 0 ? `https://doc.example.gouv.fr/${base}/` : null,
      tags: sample(rng, ['api', 'environnement', 'temps-reel', 'energie', 'risques'], 2).sort(),
      contact_points: orgContacts.length > 0 ? [pick(rng, orgContacts).id] : [],
      datasets: sample(rng, orgDatasets, Math.min(links, orgDatasets.length)).map((d) => d.id),
      created_at: isoDate(created),
      metadata_modified_at: isoDate(modified),
      organization: org.id,
      harvest: harvested
        ? {
            backend: 'dcat',
            domain: 'geo.example.gouv.fr',
            source_id: objectId(rng, created),
            source_url: 'https://geo.example.gouv.fr/catalog.xml',
            remote_id: `urn:uuid:${uuid(rng)}`,
            remote_url: `https://geo.example.gouv.fr/catalog/${base}`,
            uri: null,
            created_at: isoDate(created),
            issued_at: isoDate(created),
            modified_at: isoDate(modified),
            last_update: isoDate(modified),
            archived_at: null,
            archived_reason: null,
          }
        : null,
      views: int(rng, 0, 5000),
      followers: int(rng, 0, 40),
      ...fields,
    }
    // the status markers in the specs stand for "some date after creation"
    if (spec.archived_at) doc.archived_at = isoDate(modified)
    if (spec.deleted_at) doc.deleted_at = isoDate(modified)
    return doc
  }
  const dataservices = BIG_SPECS.map((spec, i) => make(orgs.big, spec, i))
  orgs.others.slice(0, 2).forEach((org, i) => {
    dataservices.push(
      make(org, { title: `API ouverte ${org.acronym ?? org.name}`, format: 'REST', links: 1 }, i),
    )
  })

  const discussions: DiscussionDoc[] = []
  const open = dataservices.filter(
    (d) => !d.private && !d.deleted_at && d.organization === orgs.big.id,
  )
  DISCUSSION_TITLES.forEach((title, i) => {
    const subject = open[i % open.length]
    if (!subject) return
    const author = pick(rng, community)
    // older than the seeded dataset discussions' newest pages, so those pages keep their order
    const created = now - (400 + i * 30) * DAY
    discussions.push({
      id: objectId(rng, created),
      title,
      subject: { class: 'Dataservice', id: subject.id },
      user: author.id,
      organization: null,
      created: isoDate(created),
      closed: i === 2 ? isoDate(created + DAY) : null,
      closed_by: i === 2 ? (orgs.big.members[0]?.user ?? null) : null,
      closed_by_organization: i === 2 ? orgs.big.id : null,
      messages: [
        {
          id: uuid(rng),
          content: 'Bonjour, nous constatons ce problème depuis plusieurs jours. Merci d’avance.',
          posted_on: isoDate(created),
          posted_by: author.id,
          posted_by_organization: null,
          last_modified_at: null,
        },
      ],
      extras: {},
    })
  })
  return { dataservices, discussions }
}
