// Deterministic seed: same --seed → same ids, keys, titles and numbers.
import {
  DATASET_BADGE_IDS,
  LICENSES,
  REUSE_TOPIC_IDS,
  REUSE_TYPE_IDS,
  SCHEMAS,
  ZONES,
} from '../reference.ts'
import type {
  ActivityDoc,
  AssignmentDoc,
  ContactPointDoc,
  DatasetDoc,
  DiscussionDoc,
  KeyStatus,
  MessageDoc,
  OrgDoc,
  OrgRole,
  ReuseDoc,
  State,
  TokenDoc,
  UserDoc,
} from '../types.ts'
import {
  type Rng,
  createRng,
  dateOnly,
  deriveSeed,
  int,
  isoDate,
  isoNaive,
  objectId,
  parseDate,
  pick,
  randomApiKey,
  sample,
  slugify,
  uuid,
} from '../util.ts'
import {
  COMMENTS,
  DISCUSSION_TITLES,
  FIRST_NAMES,
  HOSTILE,
  LAST_NAMES,
  PERIODS,
  REUSE_PREFIXES,
  SCOPES,
  TAGS,
  THEMES,
} from './vocab.ts'
import { normalizeTags } from '../tags.ts'
import { frequencyDeltaDays } from '../../src/api/update-frequencies.ts'
import { seedCommunityResources } from './community.ts'
import { seedHarvest } from './harvest.ts'
import { seedDataservices } from './dataservices.ts'
import { seedNotifications } from './notifications.ts'
import { seedMembershipRequests } from './members.ts'
import { seedCustomMetadata } from './fields.ts'
import { seedTransfers } from './transfers.ts'

export type AccountId =
  | 'admin'
  | 'editor'
  | 'partial-editor'
  | 'other-org-member'
  | 'no-organization'
  | 'expired'
  | 'revoked'

export type SeededAccount = {
  id: AccountId
  api_key: string
  label: string
  key_status: KeyStatus
  user_id: string
  organization_id: string | null
}

/** Seeded dates are relative to a fixed instant so the seed does not depend on the clock. */
export const SEED_NOW = Date.UTC(2026, 9, 1, 8, 0, 0)
const DAY = 86_400_000

export const BIG_ORG_NAME = 'Ministère de la Transition écologique'

type Ctx = { rng: Rng; seed: number }

function makeUser(ctx: Ctx, first: string, last: string, extra: Partial<UserDoc> = {}): UserDoc {
  const since = SEED_NOW - int(ctx.rng, 30, 2500) * DAY
  const slug = slugify(`${first} ${last}`)
  return {
    id: objectId(ctx.rng, since),
    slug,
    first_name: first,
    last_name: last,
    email: `${slug.replace(/-/g, '.')}@example.gouv.fr`,
    about: null,
    website: null,
    avatar: null,
    roles: [],
    active: true,
    since: isoDate(since),
    last_login_at: isoNaive(SEED_NOW - int(ctx.rng, 0, 60) * DAY),
    ...extra,
  }
}

function apiKey(seed: number, account: string): string {
  return randomApiKey(createRng(deriveSeed(seed, `api-key-${account}`)))
}

function makeOrg(
  ctx: Ctx,
  name: string,
  acronym: string | null,
  badges: string[],
  description: string,
  url: string | null,
): OrgDoc {
  const created = SEED_NOW - int(ctx.rng, 900, 3000) * DAY
  return {
    id: objectId(ctx.rng, created),
    name,
    acronym,
    slug: slugify(name),
    description,
    url,
    business_number_id: badges.includes('public-service')
      ? String(int(ctx.rng, 110000000, 130099999)) + '00017'
      : null,
    badges,
    members: [],
    extras: {},
    created_at: isoDate(created),
    last_modified: isoDate(SEED_NOW - int(ctx.rng, 1, 60) * DAY),
    deleted: null,
    logo: null,
    views: int(ctx.rng, 1000, 900000),
    followers: int(ctx.rng, 0, 400),
  }
}

function describe(rng: Rng, title: string): string {
  const theme = title.split(' ').slice(0, 4).join(' ')
  return [
    `Ce jeu de données présente **${title}**.`,
    '',
    '## Contenu',
    '',
    `- Une ligne par entité géographique et par période`,
    `- Indicateurs : ${pick(rng, ['valeur annuelle', 'moyenne mensuelle', 'cumul', 'maximum journalier'])}, unité, source`,
    `- Codes officiels géographiques (COG) au 1er janvier`,
    '',
    '## Méthodologie',
    '',
    `Les données sont issues des systèmes d’information du ministère et consolidées chaque ${pick(rng, ['mois', 'trimestre', 'année'])}. ` +
      `Voir la [note méthodologique](https://www.ecologie.gouv.fr/) pour le détail du calcul de « ${theme} ».`,
    '',
    '| Colonne | Description |',
    '| --- | --- |',
    '| `code_insee` | Code de la commune |',
    '| `valeur` | Valeur de l’indicateur |',
  ].join('\n')
}

/** Stale datasets late by weeks (not years) and thin metadata, for the health page. */
function applyHealthTraits(ds: DatasetDoc, roll: number, plan: DatasetPlan) {
  if (roll < 0.06 && plan.description === undefined) {
    // a one-line description fails udata's length criterion; the rarer half also lacks coverage
    ds.description = `${ds.title}.`
    if (roll < 0.03) {
      ds.temporal_coverage = null
      ds.spatial = null
    }
  } else if (roll >= 0.1 && roll < 0.14) {
    // the next expected update (frequency_date) passed 1 to 8 weeks ago
    ds.frequency_date = isoDate(SEED_NOW - Math.ceil(((roll - 0.1) / 0.04) * 8) * 7 * DAY)
  } else if (roll >= 0.14 && roll < 0.18) {
    // a declared frequency the last update no longer keeps, missed by a few weeks
    const age = (SEED_NOW - (parseDate(ds.last_update) ?? SEED_NOW)) / DAY
    const missed = STALE_FREQUENCIES.find((id) => age - (frequencyDeltaDays[id] ?? age) >= 7)
    if (missed) ds.frequency = missed
  }
}

/** Frequencies a stale dataset may declare, longest first. */
const STALE_FREQUENCIES = ['annual', 'semiannual', 'quarterly', 'monthly', 'weekly']

type DatasetPlan = {
  title?: string
  description?: string
  tags?: string[]
  status?: 'public' | 'private' | 'archived' | 'deleted'
  harvested?: boolean
  resources?: number
}

function makeDataset(
  ctx: Ctx,
  index: number,
  owner: { organization: string | null; owner: string | null },
  plan: DatasetPlan = {},
): DatasetDoc {
  const { rng } = ctx
  const title =
    plan.title ??
    `${pick(rng, THEMES)} ${pick(rng, SCOPES)} ${pick(rng, PERIODS)}`.replace(/\s+/g, ' ')
  const created = SEED_NOW - int(rng, 20, 3200) * DAY - int(rng, 0, DAY)
  const lastModified = Math.min(SEED_NOW - int(rng, 0, 10) * DAY, created + int(rng, 1, 1500) * DAY)
  const lastUpdate = Math.min(lastModified, created + int(rng, 0, 1500) * DAY)
  // a fixed cycle (not a random draw) guarantees every status exists even in the small seed:
  // 8% drafts, 6% archived, 4% deleted
  const slot = index % 50
  const status =
    plan.status ?? (slot < 4 ? 'private' : slot < 7 ? 'archived' : slot < 9 ? 'deleted' : 'public')
  const harvested = plan.harvested ?? rng() < 0.15
  const resourceRoll = rng()
  const resourceCount =
    plan.resources ??
    (resourceRoll < 0.05
      ? 0
      : resourceRoll < 0.65
        ? int(rng, 1, 5)
        : resourceRoll < 0.9
          ? int(rng, 6, 20)
          : int(rng, 21, 60))
  const startYear = int(rng, 2005, 2023)
  const zone = pick(rng, ZONES)
  const hasTemporal = rng() < 0.7
  const hasSpatial = rng() < 0.75
  const id = objectId(rng, created)
  const harvestRemoteId = `${slugify(title).slice(0, 20)}-${index}`
  const doc: DatasetDoc = {
    id,
    title,
    acronym: rng() < 0.1 ? pick(rng, ['BDQA', 'ICPE', 'DPE', 'IRVE', 'RPQS', 'SDES']) : null,
    slug: slugify(title) || 'sans-titre',
    description: plan.description ?? describe(rng, title),
    description_short: rng() < 0.3 ? `${title.slice(0, 150)}.` : null,
    tags: plan.tags ? normalizeTags(plan.tags).tags : [...sample(rng, TAGS, int(rng, 0, 5))].sort(),
    license: rng() < 0.05 ? null : rng() < 0.75 ? 'lov2' : pick(rng, LICENSES).id,
    frequency: pick(rng, [
      'annual',
      'monthly',
      'daily',
      'quarterly',
      'irregular',
      'punctual',
      'unknown',
      'weekly',
    ]),
    frequency_date: rng() < 0.3 ? isoDate(SEED_NOW + int(rng, 1, 300) * DAY) : null,
    temporal_coverage: hasTemporal
      ? {
          start: `${startYear}-01-01`,
          end: rng() < 0.2 ? null : `${startYear + int(rng, 0, 3)}-12-31`,
        }
      : null,
    spatial: hasSpatial
      ? { zones: [zone.id], granularity: rng() < 0.8 ? zone.level : 'fr:commune', geom: null }
      : null,
    private: status === 'private',
    archived: status === 'archived' ? isoDate(lastModified) : null,
    deleted: status === 'deleted' ? isoDate(lastModified) : null,
    featured: rng() < 0.02,
    created_at: isoDate(created),
    created_at_internal: isoDate(harvested ? created + int(rng, 1, 30) * DAY : created),
    // the last run wrote the remote catalogue's date, so both agree until someone edits it
    last_modified_internal: isoDate(lastModified),
    last_modified: isoDate(lastModified),
    last_update: isoDate(lastUpdate),
    organization: owner.organization,
    owner: owner.owner,
    resources: null,
    lazy_resources: { count: resourceCount, seed: deriveSeed(ctx.seed, `resources-${id}`) },
    badges: rng() < 0.05 ? [pick(rng, DATASET_BADGE_IDS)] : [],
    views: int(rng, 0, 250000),
    followers: int(rng, 0, 120),
    resources_downloads: int(rng, 0, 90000),
    extras: rng() < 0.1 ? { 'custom:producteur': 'SDES' } : {},
    harvest: harvested
      ? {
          backend: 'DCAT',
          created_at: isoDate(created),
          issued_at: isoDate(created),
          modified_at: isoDate(lastModified),
          source_id: '5e9d1f4b634f41053d2c96b1',
          remote_id: harvestRemoteId,
          domain: 'geo.data.example.fr',
          last_update: isoDate(lastModified),
          remote_url: `https://geo.data.example.fr/catalogue/${harvestRemoteId}`,
          uri: `https://geo.data.example.fr/catalogue/${harvestRemoteId}`,
          dct_identifier: harvestRemoteId,
          archived_at: null,
          archived: null,
        }
      : null,
    contact_points: [],
    schema: null,
    access_type: 'open',
  }
  // drawn last, so every draw before it (and every later dataset) is what earlier seeds made
  applyHealthTraits(doc, rng(), plan)
  return doc
}

export type SeedResult = { state: State; accounts: SeededAccount[] }

export function generateSeed(seed: number, scale: 'full' | 'small'): SeedResult {
  const ctx: Ctx = { rng: createRng(deriveSeed(seed, 'seed')), seed }
  const { rng } = ctx

  // ---- users
  const admin = makeUser(ctx, 'Camille', 'Durand')
  const editor = makeUser(ctx, 'Lucas', 'Bernard')
  const partial = makeUser(ctx, 'Inès', 'Moreau')
  const otherMember = makeUser(ctx, 'Yann', 'Le Gall')
  const loner = makeUser(ctx, 'Zoé', 'Fournier')
  const expiredUser = makeUser(ctx, 'Paul', 'Ancien')
  const revokedUser = makeUser(ctx, 'Sophie', 'Révoquée')
  const community: UserDoc[] = []
  for (let i = 0; i < 40; i++) {
    const user = makeUser(ctx, pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES))
    if (community.some((u) => u.slug === user.slug)) user.slug = `${user.slug}-${i}`
    community.push(user)
  }
  const users = [admin, editor, partial, otherMember, loner, expiredUser, revokedUser, ...community]

  // ---- organizations
  const big = makeOrg(
    ctx,
    BIG_ORG_NAME,
    'MTE',
    ['public-service', 'certified'],
    'Le ministère prépare et met en œuvre la politique du Gouvernement dans les domaines du développement durable, de l’environnement, de l’énergie, du climat et des transports.\n\nRetrouvez ici les données produites par ses services et le **Service des données et études statistiques** (SDES).',
    'https://www.ecologie.gouv.fr/',
  )
  const region = makeOrg(
    ctx,
    'Région Bretagne',
    null,
    ['public-service', 'local-authority'],
    'Données ouvertes de la Région Bretagne : transports, lycées, environnement.',
    'https://www.bretagne.bzh/',
  )
  const ign = makeOrg(
    ctx,
    "Institut national de l'information géographique et forestière",
    'IGN',
    ['public-service', 'certified'],
    'L’IGN produit et diffuse des données géographiques de référence.',
    'https://www.ign.fr/',
  )
  const osm = makeOrg(
    ctx,
    'OpenStreetMap France',
    'OSM-FR',
    ['association'],
    'Association promouvant OpenStreetMap en France.',
    'https://www.openstreetmap.fr/',
  )
  const citizens = makeOrg(
    ctx,
    'Observatoire citoyen de l’environnement',
    null,
    ['association'],
    'Collectif de citoyens qui cartographient l’environnement.',
    null,
  )
  const orgs = [big, region, ign, osm, citizens]
  const since = (days: number) => isoDate(SEED_NOW - days * DAY)
  const member = (org: OrgDoc, user: UserDoc, role: OrgRole, days: number) =>
    org.members.push({ user: user.id, role, since: since(days) })
  member(big, admin, 'admin', 1500)
  member(big, editor, 'editor', 900)
  member(big, partial, 'partial_editor', 200)
  member(big, expiredUser, 'editor', 700)
  member(big, revokedUser, 'editor', 650)
  for (const user of community.slice(0, 4))
    member(big, user, pick(rng, ['admin', 'editor'] as const), 400)
  member(ign, admin, 'editor', 300)
  member(region, otherMember, 'admin', 800)
  member(region, community[5] as UserDoc, 'editor', 300)
  member(ign, community[6] as UserDoc, 'admin', 1000)
  member(osm, community[7] as UserDoc, 'admin', 1200)
  member(citizens, community[8] as UserDoc, 'admin', 500)
  for (const org of orgs) org.members.sort((a, b) => a.since.localeCompare(b.since))

  // ---- contact points
  const contacts: ContactPointDoc[] = []
  const contact = (
    org: OrgDoc,
    name: string,
    email: string | null,
    form: string | null,
    role: string,
  ) => {
    const doc = {
      id: objectId(rng, SEED_NOW - 400 * DAY),
      name,
      email,
      contact_form: form,
      role,
      organization: org.id,
      owner: null,
    }
    contacts.push(doc)
    return doc
  }
  const bigContacts = [
    contact(
      big,
      'Service des données et études statistiques',
      'diffusion.sdes@example.gouv.fr',
      null,
      'contact',
    ),
    contact(
      big,
      'Direction générale de la prévention des risques',
      'dgpr@example.gouv.fr',
      null,
      'publisher',
    ),
    contact(
      big,
      'Bureau de la qualité de l’air',
      null,
      'https://www.ecologie.gouv.fr/contact',
      'custodian',
    ),
  ]
  contact(region, 'Service open data', 'opendata@example.bzh', null, 'contact')
  contact(ign, 'Support géoservices', 'geoservices@example.ign.fr', null, 'distributor')
  contact(osm, 'Bureau', 'bureau@example.openstreetmap.fr', null, 'contact')

  // ---- datasets
  const datasets: DatasetDoc[] = []
  const bigCount = scale === 'full' ? 1540 : 60
  let index = 0
  const add = (doc: DatasetDoc) => {
    datasets.push(doc)
    index += 1
    return doc
  }
  const inBig = { organization: big.id, owner: null }
  // Hand-made datasets first so their position does not depend on the scale.
  const hostile = add(
    makeDataset(ctx, index, inBig, {
      title: HOSTILE.datasetTitle,
      description: HOSTILE.description,
      tags: ['securite', ...HOSTILE.tags],
      status: 'public',
      harvested: false,
      resources: 3,
    }),
  )
  const huge = add(
    makeDataset(ctx, index, inBig, {
      title: 'Relevés horaires des stations de mesure de la qualité de l’air — archives 2000-2025',
      status: 'public',
      harvested: false,
      resources: 1200,
    }),
  )
  add(
    makeDataset(ctx, index, inBig, { title: HOSTILE.rtlTitle, status: 'public', harvested: false }),
  )
  add(
    makeDataset(ctx, index, inBig, {
      title: HOSTILE.emojiTitle,
      status: 'public',
      harvested: false,
    }),
  )
  add(
    makeDataset(ctx, index, inBig, {
      title: HOSTILE.longTitle,
      description: HOSTILE.longDescription,
      status: 'private',
      harvested: false,
    }),
  )
  const draft = add(
    makeDataset(ctx, index, inBig, {
      title: 'Brouillon — bornes de recharge prévues en 2027',
      status: 'private',
      harvested: false,
      resources: 2,
    }),
  )
  while (datasets.length < bigCount) add(makeDataset(ctx, index, inBig))
  for (const ds of datasets) {
    if (rng() < 0.5) ds.contact_points = [pick(rng, bigContacts).id]
    if (rng() < 0.03) ds.schema = { ...pick(rng, SCHEMAS) }
  }
  const otherOrgCounts = scale === 'full' ? [45, 30, 12, 6] : [10, 6, 4, 3]
  ;[region, ign, osm, citizens].forEach((org, i) => {
    for (let n = 0; n < (otherOrgCounts[i] ?? 0); n++)
      add(makeDataset(ctx, index, { organization: org.id, owner: null }))
  })
  for (const user of [loner, ...community.slice(10, 16)]) {
    add(makeDataset(ctx, index, { organization: null, owner: user.id }, { harvested: false }))
  }
  // unique slugs, exactly as udata would have produced them at creation time
  const seen = new Set<string>()
  for (const ds of datasets) {
    let slug = ds.slug
    for (let i = 1; seen.has(slug); i++) slug = `${ds.slug}-${i}`
    ds.slug = slug
    seen.add(slug)
  }

  // ---- reuses
  const reuses: ReuseDoc[] = []
  const bigPublic = datasets.filter(
    (d) => d.organization === big.id && !d.private && !d.deleted && !d.archived,
  )
  const reuseSlugs = new Set<string>()
  const makeReuse = (
    owner: { organization: string | null; owner: string | null },
    plan: Partial<ReuseDoc> = {},
  ) => {
    const created = SEED_NOW - int(rng, 5, 2000) * DAY
    const linked = sample(rng, bigPublic, int(rng, 1, 5)).map((d) => d.id)
    const title =
      plan.title ??
      `${pick(rng, REUSE_PREFIXES)} — ${pick(rng, THEMES).toLowerCase()} ${pick(rng, SCOPES)}`
    let slug = slugify(title)
    for (let i = 1; reuseSlugs.has(slug); i++) slug = `${slugify(title)}-${i}`
    reuseSlugs.add(slug)
    const doc: ReuseDoc = {
      id: objectId(rng, created),
      title,
      slug,
      description: `Cette réutilisation exploite les données publiques pour **${title.toLowerCase()}**.\n\n- Mise à jour régulière\n- Code source ouvert`,
      type: pick(rng, REUSE_TYPE_IDS),
      topic: rng() < 0.6 ? 'environment_and_energy' : pick(rng, REUSE_TOPIC_IDS),
      url: `https://reutilisation-${reuses.length + 1}.example.fr/${slug.slice(0, 30)}`,
      tags: [...sample(rng, TAGS, int(rng, 0, 4))].sort(),
      datasets: linked,
      private: false,
      archived: null,
      deleted: null,
      featured: rng() < 0.03,
      image:
        rng() < 0.7
          ? `https://static.data.gouv.fr/images/${uuid(rng).slice(0, 8)}/reuse.png`
          : null,
      organization: owner.organization,
      owner: owner.owner,
      extras: {},
      created_at: isoDate(created),
      last_modified: isoDate(Math.min(SEED_NOW, created + int(rng, 0, 400) * DAY)),
      views: int(rng, 0, 20000),
      followers: int(rng, 0, 80),
      badges: [],
      ...plan,
    }
    reuses.push(doc)
    return doc
  }
  const ownCount = scale === 'full' ? 24 : 8
  for (let i = 0; i < ownCount; i++) {
    makeReuse(
      inBig,
      i < 3 ? { private: true } : i < 5 ? { deleted: isoDate(SEED_NOW - 10 * DAY) } : {},
    )
  }
  const othersCount = scale === 'full' ? 220 : 30
  const producers = [
    ...[region, ign, osm, citizens].map((o) => ({ organization: o.id, owner: null })),
    ...community.map((u) => ({ organization: null, owner: u.id })),
  ]
  for (let i = 0; i < othersCount; i++) makeReuse(pick(rng, producers))
  const hostileReuses = HOSTILE.reuseUrls.map((url, i) =>
    makeReuse(pick(rng, producers), {
      url,
      title: i === 0 ? HOSTILE.reuseTitle : `Réutilisation à l’URL douteuse ${i}`,
    }),
  )
  void hostileReuses
  const bigOwnReuse = reuses.find(
    (r) => r.organization === big.id && !r.private && !r.deleted,
  ) as ReuseDoc

  // ---- assignments (partial editor): a handful of datasets, public and draft, and one reuse
  const assignments: AssignmentDoc[] = []
  const assigned = [
    draft,
    ...datasets
      .filter((d) => d.organization === big.id && !d.private && !d.deleted && !d.archived)
      .slice(6, 11),
  ]
  for (const ds of assigned)
    assignments.push({ organization: big.id, user: partial.id, class: 'Dataset', id: ds.id })
  assignments.push({ organization: big.id, user: partial.id, class: 'Reuse', id: bigOwnReuse.id })

  // ---- discussions
  const discussions: DiscussionDoc[] = []
  const discussionCount = scale === 'full' ? 320 : 40
  const bigMembers = big.members.map((m) => m.user)
  for (let i = 0; i < discussionCount; i++) {
    const onReuse = rng() < 0.25
    const subject = onReuse
      ? { class: 'Reuse' as const, id: pick(rng, reuses).id }
      : {
          class: 'Dataset' as const,
          id: i === 0 ? hostile.id : i === 1 ? huge.id : pick(rng, bigPublic).id,
        }
    const author = pick(rng, community)
    const created = SEED_NOW - int(rng, 1, 900) * DAY
    const messages: MessageDoc[] = [
      {
        id: uuid(rng),
        content: pick(rng, COMMENTS),
        posted_on: isoDate(created),
        posted_by: author.id,
        posted_by_organization: null,
        last_modified_at: null,
      },
    ]
    const replies = int(rng, 0, 3)
    for (let r = 0; r < replies; r++) {
      const asOrg = rng() < 0.5
      messages.push({
        id: uuid(rng),
        content: i % 17 === 0 ? HOSTILE.description : pick(rng, COMMENTS),
        posted_on: isoDate(created + (r + 1) * DAY),
        posted_by: asOrg ? pick(rng, bigMembers) : pick(rng, community).id,
        posted_by_organization: asOrg ? big.id : null,
        last_modified_at: null,
      })
    }
    const closed = rng() < 0.4
    const closer = pick(rng, bigMembers)
    discussions.push({
      id: objectId(rng, created),
      title:
        i % 29 === 0
          ? '<script>alert("discussion")</script> Titre piégé'
          : pick(rng, DISCUSSION_TITLES),
      subject,
      user: author.id,
      organization: null,
      created: isoDate(created),
      closed: closed ? isoDate(created + (replies + 1) * DAY) : null,
      closed_by: closed ? closer : null,
      closed_by_organization: closed ? big.id : null,
      messages,
      extras: {},
    })
  }

  // ---- activities: a history of edits on the big org's datasets
  const activities: ActivityDoc[] = []
  const actors = [admin, editor, partial]
  const recent = datasets.filter((d) => d.organization === big.id).slice(0, 400)
  for (let i = 0; i < (scale === 'full' ? 300 : 40); i++) {
    const ds = pick(rng, recent)
    const actor = pick(rng, actors)
    const created = SEED_NOW - int(rng, 0, 365) * DAY - int(rng, 0, DAY)
    const isCreate = rng() < 0.15
    activities.push({
      id: objectId(rng, created),
      actor: actor.id,
      organization: big.id,
      related_to_id: ds.id,
      related_to_kind: 'Dataset',
      related_to: ds.title,
      key: isCreate ? 'dataset:created' : 'dataset:updated',
      changes: isCreate
        ? []
        : sample(
            rng,
            [
              'title',
              'description',
              'tags',
              'license',
              'frequency',
              'temporal_coverage',
              'resources',
            ],
            int(rng, 1, 3),
          ),
      extras: {},
      created_at: isoDate(created),
    })
  }
  activities.sort((a, b) => b.created_at.localeCompare(a.created_at))

  // ---- tokens and accounts
  const tokens: TokenDoc[] = []
  const accounts: SeededAccount[] = []
  const account = (
    id: AccountId,
    user: UserDoc,
    status: KeyStatus,
    label: string,
    org: OrgDoc | null,
  ) => {
    const token = apiKey(seed, id)
    tokens.push({
      id: objectId(rng, SEED_NOW - 30 * DAY),
      token,
      user: user.id,
      status,
      name: `Clé ${id}`,
      created_at: isoDate(SEED_NOW - 30 * DAY),
      expires_at: status === 'expired' ? isoDate(SEED_NOW - DAY) : null,
      revoked_at: status === 'revoked' ? isoDate(SEED_NOW - 2 * DAY) : null,
    })
    accounts.push({
      id,
      api_key: token,
      label,
      key_status: status,
      user_id: user.id,
      organization_id: org?.id ?? null,
    })
  }
  account(
    'admin',
    admin,
    'active',
    `admin of ${big.name} (${admin.first_name} ${admin.last_name})`,
    big,
  )
  account(
    'editor',
    editor,
    'active',
    `editor of ${big.name} (${editor.first_name} ${editor.last_name})`,
    big,
  )
  account(
    'partial-editor',
    partial,
    'active',
    `partial editor of ${big.name}, assigned ${assigned.length} datasets and 1 reuse (${partial.first_name} ${partial.last_name})`,
    big,
  )
  account(
    'other-org-member',
    otherMember,
    'active',
    `admin of ${region.name} only (${otherMember.first_name} ${otherMember.last_name})`,
    region,
  )
  account(
    'no-organization',
    loner,
    'active',
    `user without organization (${loner.first_name} ${loner.last_name})`,
    null,
  )
  account('expired', expiredUser, 'expired', `expired key of an editor of ${big.name}`, big)
  account('revoked', revokedUser, 'revoked', `revoked key of an editor of ${big.name}`, big)

  const membership = seedMembershipRequests(
    seed,
    SEED_NOW,
    big,
    [...community.slice(20, 26), community[0] as UserDoc],
    datasets,
  )
  const apis = seedDataservices(
    seed,
    SEED_NOW,
    { big, others: [ign, region] },
    datasets,
    contacts,
    community,
  )
  seedCustomMetadata(orgs, datasets, big)
  const state: State = {
    version: 3,
    seed,
    scale,
    clock: SEED_NOW,
    users,
    organizations: orgs,
    datasets,
    reuses,
    dataservices: apis.dataservices,
    discussions: [...discussions, ...apis.discussions],
    activities,
    reports: [],
    contacts,
    tokens,
    assignments,
    membership_requests: membership.requests,
    notifications: seedNotifications(seed, SEED_NOW, big, discussions).concat(
      membership.notifications,
    ),
    community_resources: seedCommunityResources(seed, SEED_NOW, big, osm, community, datasets),
    ...seedHarvest(seed, SEED_NOW, big, [region, ign, osm, citizens], datasets),
    transfers: [],
    redirects: { datasets: {}, reuses: {}, organizations: {} },
    files: {},
    sequence: 0,
  }
  seedTransfers(state, seed, SEED_NOW, big, region)
  void dateOnly
  void accounts
  return { state, accounts: accountsFromState(state) }
}

/** Accounts are derived from the state (tokens), so a restored state keeps its table. */
export function accountsFromState(state: State): SeededAccount[] {
  const order: AccountId[] = [
    'admin',
    'editor',
    'partial-editor',
    'other-org-member',
    'no-organization',
    'expired',
    'revoked',
  ]
  return order.flatMap((id) => {
    const token = state.tokens.find((t) => t.name === `Clé ${id}`)
    if (!token) return []
    const user = state.users.find((u) => u.id === token.user)
    const orgs = state.organizations.filter((o) => o.members.some((m) => m.user === token.user))
    const main =
      orgs.find((o) => o.members.some((m) => m.user === token.user && m.role !== 'editor')) ??
      orgs[0]
    const orgId: string | null =
      id === 'admin' ? (state.organizations[0]?.id ?? null) : (main?.id ?? null)
    const entry: SeededAccount = {
      id,
      api_key: token.token,
      label: accountLabel(id, user, state),
      key_status: token.status,
      user_id: token.user,
      organization_id: id === 'no-organization' ? null : orgId,
    }
    return [entry]
  })
}

function accountLabel(id: AccountId, user: UserDoc | undefined, state: State): string {
  const big = state.organizations[0]?.name ?? ''
  const who = user ? `${user.first_name} ${user.last_name}` : ''
  switch (id) {
    case 'admin':
      return `admin of ${big} (${who})`
    case 'editor':
      return `editor of ${big} (${who})`
    case 'partial-editor':
      return `partial editor of ${big} with assignments (${who})`
    case 'other-org-member':
      return `admin of ${state.organizations[1]?.name ?? ''} only (${who})`
    case 'no-organization':
      return `user without organization (${who})`
    case 'expired':
      return `expired key of an editor of ${big}`
    case 'revoked':
      return `revoked key of an editor of ${big}`
  }
}
