// Seeded harvest sources and jobs (udata/harvest/models.py): for the big organization a DCAT
// source whose last run ended `done-errors` with failed items, a CSW source whose runs went well,
// and a deleted CKAN source; one source for each other organization that has harvested
// datasets. The seed's harvested datasets are linked to them through `harvest.source_id` only.
// Its own random stream, so adding it moved no other seeded object.
import type {
  DatasetDoc,
  HarvestError,
  HarvestItemDoc,
  HarvestJobDoc,
  HarvestSourceDoc,
  OrgDoc,
  State,
} from '../types.ts'
import { createRng, deriveSeed, int, isoDate, objectId, pick, slugify, type Rng } from '../util.ts'

const DAY = 86_400_000

/** The id the seed's harvested datasets already carried, kept for the big organization's DCAT source. */
const DCAT_SOURCE_ID = '5e9d1f4b634f41053d2c96b1'

const ITEM_ERRORS = [
  'Unable to parse the DCAT graph: unexpected end of input at line 1',
  'Dataset title is required',
  'License "http://example.org/licence-inconnue" is not a known license',
  'Unknown frequency "sometimes"',
  'Resource URL is not valid: "ftp//broken"',
]

const TRACEBACK =
  'Traceback (most recent call last):\n  File "udata/harvest/backends/base.py", line 264, in process_item\n    dataset = self.inner_process_dataset(item)\nudata.harvest.exceptions.HarvestValidationError'

type SourcePlan = {
  name: string
  backend: string
  url: string
  org: OrgDoc
  id?: string
  deleted?: boolean
  /** statuses of the runs, newest first */
  runs: HarvestJobDoc['status'][]
  /** failed items of the newest run: how many update a dataset we have, how many never made one */
  failures?: { known: number; unknown: number }
}

export type HarvestSeed = Pick<State, 'harvest_sources' | 'harvest_jobs'>

export function seedHarvest(
  seed: number,
  now: number,
  big: OrgDoc,
  others: readonly OrgDoc[],
  datasets: DatasetDoc[],
): HarvestSeed {
  const rng = createRng(deriveSeed(seed, 'harvest'))
  const plans: SourcePlan[] = [
    {
      name: 'Catalogue géographique (DCAT)',
      backend: 'dcat',
      url: 'https://geo.data.example.fr/catalogue/dcat.xml',
      org: big,
      id: DCAT_SOURCE_ID,
      runs: ['done-errors', 'done', 'failed', 'done', 'done', 'done'],
      failures: { known: 3, unknown: 3 },
    },
    {
      name: 'Géocatalogue (CSW)',
      backend: 'csw-dcat',
      url: 'https://geo.data.example.fr/geonetwork/srv/fre/csw',
      org: big,
      runs: ['done', 'done', 'done', 'done'],
    },
    {
      name: 'Ancien portail CKAN',
      backend: 'ckan',
      url: 'https://ckan.example.fr/',
      org: big,
      deleted: true,
      runs: ['done'],
    },
    ...others
      .filter((org) => datasets.some((d) => d.organization === org.id && d.harvest))
      .map((org) => ({
        name: `Catalogue de ${org.acronym ?? org.name}`,
        backend: 'dcat',
        url: `https://catalogue.example.fr/${slugify(org.name).slice(0, 30)}/dcat.xml`,
        org,
        runs: ['done', 'done'] as HarvestJobDoc['status'][],
      })),
  ]
  const sources: HarvestSourceDoc[] = []
  const jobs: HarvestJobDoc[] = []
  for (const plan of plans) {
    const created = now - int(rng, 400, 1500) * DAY
    const source: HarvestSourceDoc = {
      id: plan.id ?? objectId(rng, created),
      name: plan.name,
      slug: slugify(plan.name),
      description: null,
      url: plan.url,
      backend: plan.backend,
      config: {},
      active: true,
      autoarchive: true,
      created_at: isoDate(created),
      validation: {
        state: 'accepted',
        // validated by a platform sysadmin, whom the seed does not have
        by: null,
        on: isoDate(created + DAY),
        comment: null,
      },
      deleted: plan.deleted ? isoDate(now - int(rng, 30, 200) * DAY) : null,
      schedule: plan.deleted ? null : '0 0 * * *',
      organization: plan.org.id,
      owner: null,
    }
    sources.push(source)
  }
  // The harvested datasets of each organization go to its live sources, in turn.
  for (const org of [big, ...others]) {
    const live = sources.filter((s) => s.organization === org.id && !s.deleted)
    const harvested = datasets.filter((d) => d.organization === org.id && d.harvest)
    harvested.forEach((d, i) => {
      const target = live[i % Math.max(1, live.length)]
      if (target && d.harvest) d.harvest.source_id = target.id
    })
  }
  plans.forEach((plan, index) => {
    const source = sources[index] as HarvestSourceDoc
    const own = datasets.filter((d) => d.harvest?.source_id === source.id && !d.deleted)
    const end = source.deleted ? Date.parse(source.deleted) - DAY : now
    plan.runs.forEach((status, age) => {
      const day = Math.floor(end / DAY) * DAY - age * DAY
      const started = day + int(rng, 1, 30) * 60_000
      const ended = started + int(rng, 2, 50) * 60_000
      const failures = age === 0 ? plan.failures : undefined
      jobs.push({
        id: objectId(rng, day),
        source: source.id,
        created: isoDate(day),
        started: isoDate(started),
        ended: isoDate(ended),
        status,
        errors:
          status === 'failed'
            ? [
                error(
                  rng,
                  started,
                  'Connection error: HTTPSConnectionPool(host=geo.data.example.fr): Read timed out',
                ),
              ]
            : [],
        items: status === 'failed' ? [] : items(rng, own, started, ended, failures),
      })
    })
  })
  return {
    harvest_sources: sources,
    harvest_jobs: jobs.sort((a, b) => b.created.localeCompare(a.created)),
  }
}

function error(rng: Rng, at: number, message: string): HarvestError {
  return { created_at: isoDate(at + int(rng, 0, 60) * 1000), message, details: TRACEBACK }
}

function items(
  rng: Rng,
  own: readonly DatasetDoc[],
  started: number,
  ended: number,
  failures: SourcePlan['failures'],
): HarvestItemDoc[] {
  const span = Math.max(1, ended - started)
  const at = () => started + Math.floor(rng() * span)
  const out: HarvestItemDoc[] = own.map((d, i) => {
    const remote = typeof d.harvest?.remote_id === 'string' ? d.harvest.remote_id : d.id
    const failed = failures !== undefined && i < failures.known
    const t = at()
    return {
      remote_id: remote,
      remote_url: typeof d.harvest?.remote_url === 'string' ? d.harvest.remote_url : null,
      dataset: d.id,
      status: failed ? 'failed' : rng() < 0.1 ? 'skipped' : 'done',
      created: isoDate(started),
      started: isoDate(t),
      ended: isoDate(t + 2000),
      errors: failed ? [error(rng, t, pick(rng, ITEM_ERRORS))] : [],
      logs: [],
    }
  })
  for (let n = 0; n < (failures?.unknown ?? 0); n++) {
    const t = at()
    const remote = `fiche-${int(rng, 1000, 9999)}`
    out.push({
      remote_id: remote,
      remote_url: `https://geo.data.example.fr/catalogue/${remote}`,
      dataset: null,
      status: 'failed',
      created: isoDate(started),
      started: isoDate(t),
      ended: isoDate(t + 1000),
      errors: [error(rng, t, pick(rng, ITEM_ERRORS))],
      logs: [{ level: 'warning', message: `Record ${remote} skipped after a validation error` }],
    })
  }
  return out
}
