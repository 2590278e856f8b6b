// Reference lists served by udata (labels translated with ?lang=fr|en; French is the default on
// data.gouv.fr). Ids are udata's own (udata/core/dataset/constants.py, reuse/constants.py…).

export type Lang = 'fr' | 'en'
type Labelled = { id: string; fr: string; en: string }

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

export const LICENSE_IDS: ReadonlySet<string> = new Set(LICENSES.map((l) => l.id))

const FREQ: Labelled[] = [
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
].map(([id, fr, en]) => ({ id: id as string, fr: fr as string, en: en as string }))

export const FREQUENCY_IDS: ReadonlySet<string> = new Set(FREQ.map((f) => f.id))
/** Legacy ids still accepted on write and converted (udata UpdateFrequency._missing_). */
export const LEGACY_FREQUENCIES: Record<string, string> = {
  realtime: 'continuous',
  fourTimesADay: 'severalTimesADay',
  fourTimesAWeek: 'other',
  fortnighly: 'biweekly',
  biannual: 'semiannual',
}

const RESOURCE_TYPES: Labelled[] = [
  { id: 'main', fr: 'Fichier principal', en: 'Main file' },
  { id: 'documentation', fr: 'Documentation', en: 'Documentation' },
  { id: 'update', fr: 'Mise à jour', en: 'Update' },
  { id: 'api', fr: 'API', en: 'API' },
  { id: 'code', fr: 'Code source', en: 'Code repository' },
  { id: 'other', fr: 'Autre', en: 'Other' },
]
export const RESOURCE_TYPE_IDS: ReadonlySet<string> = new Set(RESOURCE_TYPES.map((t) => t.id))

const REUSE_TYPES: Labelled[] = [
  { id: 'api', fr: 'API', en: 'API' },
  { id: 'application', fr: 'Application', en: 'Application' },
  { id: 'idea', fr: 'Idée', en: 'Idea' },
  { id: 'news_article', fr: 'Article de presse', en: 'News Article' },
  { id: 'paper', fr: 'Papier', en: 'Paper' },
  { id: 'post', fr: 'Article de blog', en: 'Post' },
  { id: 'visualization', fr: 'Visualisation', en: 'Visualization' },
  { id: 'hardware', fr: 'Objet connecté', en: 'Connected device' },
]
export const REUSE_TYPE_IDS = REUSE_TYPES.map((t) => t.id)

const REUSE_TOPICS: Labelled[] = [
  { id: 'health', fr: 'Santé', en: 'Health' },
  { id: 'transport_and_mobility', fr: 'Transports et mobilités', en: 'Transport and mobility' },
  {
    id: 'housing_and_development',
    fr: 'Logement et aménagement du territoire',
    en: 'Housing and development',
  },
  { id: 'food_and_agriculture', fr: 'Agriculture et alimentation', en: 'Food and agriculture' },
  { id: 'culture_and_recreation', fr: 'Culture et loisirs', en: 'Culture and recreation' },
  { id: 'economy_and_business', fr: 'Économie et entreprises', en: 'Economy and business' },
  { id: 'environment_and_energy', fr: 'Environnement et énergie', en: 'Environment and energy' },
  { id: 'work_and_training', fr: 'Travail et formation', en: 'Work and training' },
  {
    id: 'politics_and_public_life',
    fr: 'Politique et vie publique',
    en: 'Politics and public life',
  },
  { id: 'safety_and_security', fr: 'Sécurité et sûreté', en: 'Safety and security' },
  { id: 'education_and_research', fr: 'Éducation et recherche', en: 'Education and research' },
  { id: 'society_and_demography', fr: 'Société et démographie', en: 'Society and demography' },
  { id: 'law_and_justice', fr: 'Droit et justice', en: 'Law and justice' },
  { id: 'open_data_tools', fr: 'Outils de données ouvertes', en: 'Open data tools' },
  { id: 'others', fr: 'Autres', en: 'Others' },
]
export const REUSE_TOPIC_IDS = REUSE_TOPICS.map((t) => t.id)

const ORG_ROLES: Labelled[] = [
  { id: 'admin', fr: 'Administrateur', en: 'Administrator' },
  { id: 'editor', fr: 'Éditeur', en: 'Editor' },
  { id: 'partial_editor', fr: 'Éditeur partiel', en: 'Partial editor' },
]

const CONTACT_ROLES: Labelled[] = [
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
].map(([id, fr, en]) => ({ id: id as string, fr: fr as string, en: en as string }))
export const CONTACT_ROLE_IDS = CONTACT_ROLES.map((r) => r.id)

const GRANULARITIES: Labelled[] = [
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
].map(([id, fr, en]) => ({ id: id as string, fr: fr as string, en: en as string }))
export const GRANULARITY_IDS: ReadonlySet<string> = new Set(GRANULARITIES.map((g) => g.id))

export const ZONES = [
  { id: 'country:fr', name: 'France', code: 'fr', level: 'country' },
  { id: 'fr:region:11', name: 'Île-de-France', code: '11', level: 'fr:region' },
  { id: 'fr:region:24', name: 'Centre-Val de Loire', code: '24', level: 'fr:region' },
  { id: 'fr:region:32', name: 'Hauts-de-France', code: '32', level: 'fr:region' },
  { id: 'fr:region:53', name: 'Bretagne', code: '53', level: 'fr:region' },
  { id: 'fr:region:75', name: 'Nouvelle-Aquitaine', code: '75', level: 'fr:region' },
  { id: 'fr:region:76', name: 'Occitanie', code: '76', level: 'fr:region' },
  { id: 'fr:region:84', name: 'Auvergne-Rhône-Alpes', code: '84', level: 'fr:region' },
  { id: 'fr:region:93', name: "Provence-Alpes-Côte d'Azur", code: '93', level: 'fr:region' },
  { id: 'fr:departement:13', name: 'Bouches-du-Rhône', code: '13', level: 'fr:departement' },
  { id: 'fr:departement:29', name: 'Finistère', code: '29', level: 'fr:departement' },
  { id: 'fr:departement:31', name: 'Haute-Garonne', code: '31', level: 'fr:departement' },
  { id: 'fr:departement:35', name: 'Ille-et-Vilaine', code: '35', level: 'fr:departement' },
  { id: 'fr:departement:59', name: 'Nord', code: '59', level: 'fr:departement' },
  { id: 'fr:departement:69', name: 'Rhône', code: '69', level: 'fr:departement' },
  { id: 'fr:departement:75', name: 'Paris', code: '75', level: 'fr:departement' },
  { id: 'fr:commune:75056', name: 'Paris', code: '75056', level: 'fr:commune' },
  { id: 'fr:commune:13055', name: 'Marseille', code: '13055', level: 'fr:commune' },
  { id: 'fr:commune:69123', name: 'Lyon', code: '69123', level: 'fr:commune' },
  { id: 'fr:commune:31555', name: 'Toulouse', code: '31555', level: 'fr:commune' },
  { id: 'fr:commune:35238', name: 'Rennes', code: '35238', level: 'fr:commune' },
  { id: 'fr:commune:59350', name: 'Lille', code: '59350', level: 'fr:commune' },
  { id: 'fr:commune:33063', name: 'Bordeaux', code: '33063', level: 'fr:commune' },
  { id: 'fr:commune:29019', name: 'Brest', code: '29019', level: 'fr:commune' },
] as const
export const ZONE_IDS: ReadonlySet<string> = new Set(ZONES.map((z) => z.id))

export const DATASET_BADGES: Labelled[] = [
  { id: 'pivotal-data', fr: 'Donnée pivot', en: 'Pivotal data' },
  { id: 'spd', fr: 'Service Public de la Donnée', en: 'Reference data public service' },
  { id: 'inspire', fr: 'Inspire', en: 'Inspire' },
  { id: 'hvd', fr: 'Données de forte valeur', en: 'High value datasets' },
  { id: 'sl', fr: 'Statistiques locales', en: 'Local statistics' },
  { id: 'sr', fr: 'Statistiques de référence', en: 'Reference statistics' },
]
export const DATASET_BADGE_IDS = DATASET_BADGES.map((b) => b.id)

export const ORG_BADGES: Labelled[] = [
  { id: 'public-service', fr: 'Service public', en: 'Public Service' },
  { id: 'certified', fr: 'Certifié', en: 'Certified' },
  { id: 'association', fr: 'Association', en: 'Association' },
  { id: 'company', fr: 'Entreprise', en: 'Company' },
  { id: 'local-authority', fr: 'Collectivité territoriale', en: 'Local authority' },
]

const REPORT_REASONS: Labelled[] = [
  { id: 'illegal_content', fr: 'Contenu illicite', en: 'Illegal content' },
  { id: 'spam', fr: 'Spam', en: 'Spam' },
  { id: 'personal_data', fr: 'Données personnelles', en: 'Personal data' },
  { id: 'explicit_content', fr: 'Contenu explicite', en: 'Explicit content' },
  { id: 'security', fr: 'Sécurité', en: 'Security' },
  { id: 'others', fr: 'Autre', en: 'Others' },
]
export const REPORT_REASON_IDS = REPORT_REASONS.map((r) => r.id)

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

export const MIME_TYPES = [
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

function labelled(items: Labelled[], lang: Lang, key: 'label' | 'name' = 'label') {
  return items.map((item) => ({ id: item.id, [key]: item[lang] }))
}

export const referenceLists = {
  frequencies: (lang: Lang) => labelled(FREQ, lang),
  resourceTypes: (lang: Lang) => labelled(RESOURCE_TYPES, lang),
  reuseTypes: (lang: Lang) => labelled(REUSE_TYPES, lang),
  reuseTopics: (lang: Lang) => labelled(REUSE_TOPICS, lang),
  orgRoles: (lang: Lang) => labelled(ORG_ROLES, lang),
  contactRoles: (lang: Lang) => labelled(CONTACT_ROLES, lang),
  granularities: (lang: Lang) => labelled(GRANULARITIES, lang, 'name'),
  reportReasons: (lang: Lang) => labelled(REPORT_REASONS, lang),
  datasetBadges: (lang: Lang) => Object.fromEntries(DATASET_BADGES.map((b) => [b.id, b[lang]])),
  orgBadges: (lang: Lang) => Object.fromEntries(ORG_BADGES.map((b) => [b.id, b[lang]])),
  licenses: () =>
    LICENSES.map((l) => ({
      id: l.id,
      title: l.title,
      maintainer: l.maintainer,
      url: l.url,
      flags: [...l.flags],
      alternate_urls: [],
      alternate_titles: [],
    })),
}

export function frequencyLabel(id: string, lang: Lang): string {
  return FREQ.find((f) => f.id === id)?.[lang] ?? id
}

export function roleLabel(id: string, lang: Lang): string {
  return ORG_ROLES.find((r) => r.id === id)?.[lang] ?? id
}

export function granularityLabel(id: string, lang: Lang): string {
  return GRANULARITIES.find((g) => g.id === id)?.[lang] ?? id
}
