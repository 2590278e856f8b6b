// Reference lists served by udata (labels translated with ?lang=fr|en; French is the default on
// data.gouv.fr). Ids are udata's own (udata/core/dataset/constants.py, reuse/constants.py…).

export type Lang = 'fr' | 'en'
type Labelled = { id: string; fr: string; en: string }

/** A reference list written as a table: one `[id, French, English]` row per entry. */
function labelledRows(
  rows: readonly (readonly [id: string, fr: string, en: string])[],
): Labelled[] {
  return rows.map(([id, fr, en]) => ({ id, fr, en }))
}

export const LICENSES = [
  {
    id: 'lov2',
    title: 'Licence Ouverte / Open Licence version 2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
    maintainer: 'Etalab',
    flags: ['domain_data', 'domain_content', 'okd_compliant', 'osi_compliant'],
  },
  {
    id: 'fr-lo',
    title: 'Licence Ouverte / Open Licence',
    url: 'https://github.com/DISIC/politique-de-contribution-open-source/blob/master/LICENSE.pdf',
    maintainer: 'Etalab',
    flags: ['domain_data', 'domain_content', 'okd_compliant'],
  },
  {
    id: 'odc-odbl',
    title: 'Open Data Commons Open Database License (ODbL)',
    url: 'http://opendatacommons.org/licenses/odbl/summary/',
    maintainer: 'Open Data Commons',
    flags: ['domain_data', 'okd_compliant'],
  },
  {
    id: 'odc-by',
    title: 'Open Data Commons Attribution License',
    url: 'http://opendatacommons.org/licenses/by/summary/',
    maintainer: 'Open Data Commons',
    flags: ['domain_data', 'okd_compliant'],
  },
  {
    id: 'odc-pddl',
    title: 'Open Data Commons Public Domain Dedication and Licence (PDDL)',
    url: 'http://opendatacommons.org/licenses/pddl/summary/',
    maintainer: 'Open Data Commons',
    flags: ['domain_data', 'okd_compliant'],
  },
  {
    id: 'cc-by',
    title: 'Creative Commons Attribution',
    url: 'http://www.opendefinition.org/licenses/cc-by',
    maintainer: 'Creative Commons',
    flags: ['domain_content', 'okd_compliant'],
  },
  {
    id: 'cc-by-sa',
    title: 'Creative Commons Attribution Share-Alike',
    url: 'http://www.opendefinition.org/licenses/cc-by-sa',
    maintainer: 'Creative Commons',
    flags: ['domain_content', 'okd_compliant'],
  },
  {
    id: 'cc-zero',
    title: 'Creative Commons CCZero',
    url: 'http://www.opendefinition.org/licenses/cc-zero',
    maintainer: 'Creative Commons',
    flags: ['domain_content', 'domain_data', 'okd_compliant'],
  },
  { id: 'other-at', title: 'Other (Attribution)', url: null, maintainer: null, flags: ['generic'] },
  { id: 'other-open', title: 'Other (Open)', url: null, maintainer: null, flags: ['generic'] },
  {
    id: 'other-pd',
    title: 'Other (Public Domain)',
    url: null,
    maintainer: null,
    flags: ['generic'],
  },
  {
    id: 'notspecified',
    title: 'License Not Specified',
    url: null,
    maintainer: null,
    flags: ['generic'],
  },
] as const

export const licenseIds: ReadonlySet<string> = new Set(LICENSES.map((l) => l.id))

const freq = labelledRows([
  ['continuous', 'Temps réel', 'Real time'],
  ['oneMinute', 'Toutes les minutes', 'Every minute'],
  ['fiveMinutes', 'Toutes les cinq minutes', 'Every five minutes'],
  ['tenMinutes', 'Toutes les dix minutes', 'Every ten minutes'],
  ['fifteenMinutes', 'Tous les quarts d’heure', 'Every fifteen minutes'],
  ['thirtyMinutes', 'Toutes les demi-heures', 'Every thirty minutes'],
  ['hourly', 'Toutes les heures', 'Every hour'],
  ['bihourly', 'Toutes les deux heures', 'Every two hours'],
  ['trihourly', 'Toutes les trois heures', 'Every three hours'],
  ['twelveHours', 'Toutes les douze heures', 'Every twelve hours'],
  ['severalTimesADay', 'Plusieurs fois par jour', 'Several times a day'],
  ['threeTimesADay', 'Trois fois par jour', 'Three times a day'],
  ['semidaily', 'Deux fois par jour', 'Twice a day'],
  ['daily', 'Quotidienne', 'Daily'],
  ['fiveTimesAWeek', 'Cinq fois par semaine', 'Five times a week'],
  ['threeTimesAWeek', 'Trois fois par semaine', 'Three times a week'],
  ['semiweekly', 'Deux fois par semaine', 'Twice a week'],
  ['weekly', 'Hebdomadaire', 'Weekly'],
  ['biweekly', 'Bimensuelle', 'Every two weeks'],
  ['threeTimesAMonth', 'Trois fois par mois', 'Three times a month'],
  ['semimonthly', 'Deux fois par mois', 'Twice a month'],
  ['monthly', 'Mensuelle', 'Monthly'],
  ['bimonthly', 'Bimestrielle', 'Every two months'],
  ['quarterly', 'Trimestrielle', 'Quarterly'],
  ['threeTimesAYear', 'Trois fois par an', 'Three times a year'],
  ['semiannual', 'Semestrielle', 'Biannual'],
  ['annual', 'Annuelle', 'Annual'],
  ['biennial', 'Biennale', 'Every two years'],
  ['triennial', 'Triennale', 'Every three years'],
  ['quadrennial', 'Quadriennale', 'Every four years'],
  ['quinquennial', 'Quinquennale', 'Every five years'],
  ['decennial', 'Décennale', 'Every ten years'],
  ['bidecennial', 'Bidécennale', 'Every twenty years'],
  ['tridecennial', 'Tridécennale', 'Every thirty years'],
  ['punctual', 'Ponctuelle', 'Punctual'],
  ['irregular', 'Irrégulière', 'Irregular'],
  ['never', 'Jamais', 'Never'],
  ['notPlanned', 'Non planifiée', 'Not planned'],
  ['other', 'Autre', 'Other'],
  ['unknown', 'Inconnue', 'Unknown'],
])

export const frequencyIds: ReadonlySet<string> = new Set(freq.map((f) => f.id))
/** Legacy ids still accepted on write and converted (udata UpdateFrequency._missing_). */
export const legacyFrequencies: Record<string, string> = {
  realtime: 'continuous',
  fourTimesADay: 'severalTimesADay',
  fourTimesAWeek: 'other',
  fortnighly: 'biweekly',
  biannual: 'semiannual',
}

const RESOURCE_TYPES = labelledRows([
  ['main', 'Fichier principal', 'Main file'],
  ['documentation', 'Documentation', 'Documentation'],
  ['update', 'Mise à jour', 'Update'],
  ['api', 'API', 'API'],
  ['code', 'Code source', 'Code repository'],
  ['other', 'Autre', 'Other'],
])
export const resourceTypeIds: ReadonlySet<string> = new Set(RESOURCE_TYPES.map((t) => t.id))

const REUSE_TYPES = labelledRows([
  ['api', 'API', 'API'],
  ['application', 'Application', 'Application'],
  ['idea', 'Idée', 'Idea'],
  ['news_article', 'Article de presse', 'News Article'],
  ['paper', 'Papier', 'Paper'],
  ['post', 'Article de blog', 'Post'],
  ['visualization', 'Visualisation', 'Visualization'],
  ['hardware', 'Objet connecté', 'Connected device'],
])
export const REUSE_TYPE_IDS = REUSE_TYPES.map((t) => t.id)

const REUSE_TOPICS = labelledRows([
  ['health', 'Santé', 'Health'],
  ['transport_and_mobility', 'Transports et mobilités', 'Transport and mobility'],
  ['housing_and_development', 'Logement et aménagement du territoire', 'Housing and development'],
  ['food_and_agriculture', 'Agriculture et alimentation', 'Food and agriculture'],
  ['culture_and_recreation', 'Culture et loisirs', 'Culture and recreation'],
  ['economy_and_business', 'Économie et entreprises', 'Economy and business'],
  ['environment_and_energy', 'Environnement et énergie', 'Environment and energy'],
  ['work_and_training', 'Travail et formation', 'Work and training'],
  ['politics_and_public_life', 'Politique et vie publique', 'Politics and public life'],
  ['safety_and_security', 'Sécurité et sûreté', 'Safety and security'],
  ['education_and_research', 'Éducation et recherche', 'Education and research'],
  ['society_and_demography', 'Société et démographie', 'Society and demography'],
  ['law_and_justice', 'Droit et justice', 'Law and justice'],
  ['open_data_tools', 'Outils de données ouvertes', 'Open data tools'],
  ['others', 'Autres', 'Others'],
])
export const REUSE_TOPIC_IDS = REUSE_TOPICS.map((t) => t.id)

const ORG_ROLES = labelledRows([
  ['admin', 'Administrateur', 'Administrator'],
  ['editor', 'Éditeur', 'Editor'],
  ['partial_editor', 'Éditeur partiel', 'Partial editor'],
])

const CONTACT_ROLES = labelledRows([
  ['contact', 'Contact', 'Contact'],
  ['creator', 'Créateur', 'Creator'],
  ['publisher', 'Éditeur', 'Publisher'],
  ['rightsHolder', 'Détenteur des droits', 'Rights Holder'],
  ['custodian', 'Gestionnaire', 'Custodian'],
  ['distributor', 'Distributeur', 'Distributor'],
  ['originator', 'Producteur', 'Originator'],
  ['principalInvestigator', 'Chercheur principal', 'Principal Investigator'],
  ['processor', 'Processeur', 'Processor'],
  ['resourceProvider', 'Fournisseur de ressource', 'Resource Provider'],
  ['user', 'Utilisateur', 'User'],
])
export const CONTACT_ROLE_IDS: readonly string[] = CONTACT_ROLES.map((r) => r.id)

const GRANULARITIES = labelledRows([
  ['country', 'Pays', 'Country'],
  ['country-group', 'Groupe de pays', 'Country group'],
  ['country-subset', 'Sous-ensemble de pays', 'Country subset'],
  ['fr:region', 'Région française', 'French region'],
  ['fr:departement', 'Département français', 'French department'],
  ['fr:arrondissement', 'Arrondissement français', 'French arrondissement'],
  ['fr:epci', 'Intercommunalité française (EPCI)', 'French intermunicipal (EPCI)'],
  ['fr:canton', 'Canton français', 'French canton'],
  ['fr:collectivite', "Collectivité d'outre-mer française", 'French overseas collectivity'],
  ['fr:commune', 'Commune française', 'French town'],
  ['fr:iris', 'Iris (quartiers Insee)', 'Iris (Insee districts)'],
  ['poi', "Point d'intérêt", 'POI'],
  ['other', 'Autre', 'Other'],
])
export const granularityIds: ReadonlySet<string> = new Set(GRANULARITIES.map((g) => g.id))

/** `[level, code, name]` rows: udata's zone id is `level:code`. */
export const ZONES = (
  [
    ['country', 'fr', 'France'],
    ['fr:region', '11', 'Île-de-France'],
    ['fr:region', '24', 'Centre-Val de Loire'],
    ['fr:region', '32', 'Hauts-de-France'],
    ['fr:region', '53', 'Bretagne'],
    ['fr:region', '75', 'Nouvelle-Aquitaine'],
    ['fr:region', '76', 'Occitanie'],
    ['fr:region', '84', 'Auvergne-Rhône-Alpes'],
    ['fr:region', '93', "Provence-Alpes-Côte d'Azur"],
    ['fr:departement', '13', 'Bouches-du-Rhône'],
    ['fr:departement', '29', 'Finistère'],
    ['fr:departement', '31', 'Haute-Garonne'],
    ['fr:departement', '35', 'Ille-et-Vilaine'],
    ['fr:departement', '59', 'Nord'],
    ['fr:departement', '69', 'Rhône'],
    ['fr:departement', '75', 'Paris'],
    ['fr:commune', '75056', 'Paris'],
    ['fr:commune', '13055', 'Marseille'],
    ['fr:commune', '69123', 'Lyon'],
    ['fr:commune', '31555', 'Toulouse'],
    ['fr:commune', '35238', 'Rennes'],
    ['fr:commune', '59350', 'Lille'],
    ['fr:commune', '33063', 'Bordeaux'],
    ['fr:commune', '29019', 'Brest'],
  ] as const
).map(([level, code, name]) => ({ id: `${level}:${code}`, name, code, level }))
export const zoneIds: ReadonlySet<string> = new Set(ZONES.map((z) => z.id))

export const DATASET_BADGES = labelledRows([
  ['pivotal-data', 'Donnée pivot', 'Pivotal data'],
  ['spd', 'Service Public de la Donnée', 'Reference data public service'],
  ['inspire', 'Inspire', 'Inspire'],
  ['hvd', 'Données de forte valeur', 'High value datasets'],
  ['sl', 'Statistiques locales', 'Local statistics'],
  ['sr', 'Statistiques de référence', 'Reference statistics'],
])
export const DATASET_BADGE_IDS = DATASET_BADGES.map((b) => b.id)

export const ORG_BADGES = labelledRows([
  ['public-service', 'Service public', 'Public Service'],
  ['certified', 'Certifié', 'Certified'],
  ['association', 'Association', 'Association'],
  ['company', 'Entreprise', 'Company'],
  ['local-authority', 'Collectivité territoriale', 'Local authority'],
])

const REPORT_REASONS = labelledRows([
  ['illegal_content', 'Contenu illicite', 'Illegal content'],
  ['spam', 'Spam', 'Spam'],
  ['personal_data', 'Données personnelles', 'Personal data'],
  ['explicit_content', 'Contenu explicite', 'Explicit content'],
  ['security', 'Sécurité', 'Security'],
  ['others', 'Autre', 'Others'],
])
export const reportReasonIds = REPORT_REASONS.map((r) => r.id)

/**
 * udata's ALLOWED_RESOURCES_EXTENSIONS (default list, udata/settings.py).
 * Uploads with another extension are refused with 400.
 */
export const EXTENSIONS = [
  'csv',
  'txt',
  'json',
  'pdf',
  'xml',
  'rdf',
  'rtf',
  'xls',
  'xlsx',
  'doc',
  'docx',
  'zip',
  'gz',
  'tar',
  'tgz',
  'bz2',
  '7z',
  'rar',
  'xz',
  'ods',
  'odt',
  'odp',
  'odg',
  'geojson',
  'shp',
  'shx',
  'dbf',
  'prj',
  'kml',
  'kmz',
  'gpx',
  'gml',
  'gpkg',
  'parquet',
  'ppt',
  'pptx',
  'jpeg',
  'jpg',
  'png',
  'gif',
  'tif',
  'tiff',
  'svg',
  'html',
  'htm',
  'xhtml',
  'md',
  'yaml',
  'yml',
  'tsv',
  'dxf',
  'ics',
  'sql',
  'sqlite',
  'db',
  'mdb',
  'accdb',
  'pbf',
  'mbtiles',
  'netcdf',
  'nc',
  'grib',
  'grib2',
  'ttl',
  'n3',
  'nt',
  'jsonld',
  'owl',
  'epub',
  'mp3',
  'mp4',
  'ogg',
  'webm',
] as const

export const mimeTypes = [
  'text/csv',
  'application/json',
  'application/pdf',
  'application/zip',
  'application/xml',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/geo+json',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/plain',
  'text/html',
  'image/png',
  'image/jpeg',
  'application/x-shapefile',
  'application/gzip',
  'application/vnd.google-earth.kml+xml',
  'application/x-parquet',
] as const

export const FORMAT_MIME: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  geojson: 'application/geo+json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xml: 'application/xml',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  shp: 'application/x-shapefile',
  kml: 'application/vnd.google-earth.kml+xml',
  parquet: 'application/x-parquet',
  gz: 'application/gzip',
  tsv: 'text/tab-separated-values',
  yaml: 'application/yaml',
  yml: 'application/yaml',
}

export const SCHEMAS = [
  {
    name: 'etalab/schema-irve-statique',
    version: '2.3.1',
    url: 'https://schema.data.gouv.fr/etalab/schema-irve-statique/2.3.1/',
  },
  {
    name: 'etalab/schema-lieux-covoiturage',
    version: '0.3.0',
    url: 'https://schema.data.gouv.fr/etalab/schema-lieux-covoiturage/0.3.0/',
  },
  {
    name: 'etalab/schema-amenagements-cyclables',
    version: '0.3.4',
    url: 'https://schema.data.gouv.fr/etalab/schema-amenagements-cyclables/0.3.4/',
  },
] as const

/**
 * The schema.data.gouv.fr catalogue as `GET /api/1/datasets/schemas/` serves it (udata's
 * `ResourceSchema.all()`, the catalogue's own items): each seeded schema with an older version,
 * and a datapackage, which udata lists but refuses to assign to a resource.
 */
export const SCHEMA_CATALOGUE = [
  ...SCHEMAS.map((s) => ({
    name: s.name,
    title: s.name.split('/')[1] ?? s.name,
    schema_type: 'tableschema',
    versions: ['0.1.0', s.version].map((version_name) => ({
      version_name,
      schema_url: `https://schema.data.gouv.fr/schemas/${s.name}/${version_name}/schema.json`,
    })),
  })),
  {
    name: 'etalab/schema-comptes-collectivites',
    title: 'schema-comptes-collectivites',
    schema_type: 'datapackage',
    versions: [
      {
        version_name: '1.0.0',
        schema_url:
          'https://schema.data.gouv.fr/schemas/etalab/schema-comptes-collectivites/1.0.0/datapackage.json',
      },
    ],
  },
]

function labelled(items: Labelled[], lang: Lang, key: 'label' | 'name' = 'label') {
  return items.map((item) => ({ id: item.id, [key]: item[lang] }))
}

export const referenceLists = {
  frequencies: (lang: Lang) => labelled(freq, lang),
  resourceTypes: (lang: Lang) => labelled(RESOURCE_TYPES, lang),
  reuseTypes: (lang: Lang) => labelled(REUSE_TYPES, lang),
  reuseTopics: (lang: Lang) => labelled(REUSE_TOPICS, lang),
  orgRoles: (lang: Lang) => labelled(ORG_ROLES, lang),
  contactRoles: (lang: Lang) => labelled(CONTACT_ROLES, lang),
  granularities: (lang: Lang) => labelled(GRANULARITIES, lang, 'name'),
  reportReasons: (lang: Lang) => labelled(REPORT_REASONS, lang),
  datasetBadges: (lang: Lang) => Object.fromEntries(DATASET_BADGES.map((b) => [b.id, b[lang]])),
  orgBadges: (lang: Lang) => Object.fromEntries(ORG_BADGES.map((b) => [b.id, b[lang]])),
  licenses: () => LICENSES.map(licenseJson),
}

/** A licence as /api/1/datasets/licenses/ and a dataset's `license` field show it. */
export function licenseJson(l: (typeof LICENSES)[number]) {
  return {
    id: l.id,
    title: l.title,
    maintainer: l.maintainer,
    url: l.url,
    flags: [...l.flags],
    alternate_urls: [],
    alternate_titles: [],
  }
}

export function frequencyLabel(id: string, lang: Lang): string {
  return freq.find((f) => f.id === id)?.[lang] ?? id
}

export function roleLabel(id: string, lang: Lang): string {
  return ORG_ROLES.find((r) => r.id === id)?.[lang] ?? id
}

export function granularityLabel(id: string, lang: Lang): string {
  return GRANULARITIES.find((g) => g.id === id)?.[lang] ?? id
}
