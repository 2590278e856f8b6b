// udata's access-type metadata (udata/core/access_type/*): the INSPIRE reason categories, the
// audience vocabulary, and the rules DatasetForm + Dataset.clean() apply (udata-api-admin.md §6.1).
import type { Lang } from './reference.ts'

// The console's lists (a pure module of src/, like src/api/update-frequencies.ts)
export {
  accessTypes as ACCESS_TYPES,
  audienceConditions as AUDIENCE_CONDITIONS,
  audienceRoles as AUDIENCE_ROLES,
} from '../src/features/datasets/types.ts'

/** INSPIRE art. 13 grounds, with the labels udata serves on /api/1/access_type/reason_categories/. */
const REASON_CATEGORIES: ReadonlyArray<{ value: string; fr: string; en: string }> = [
  {
    value: 'confidentiality_of_proceedings_of_public_authorities',
    fr: 'Confidentialité des travaux des autorités publiques',
    en: 'Confidentiality of the proceedings of public authorities',
  },
  {
    value: 'international_relations_public_security_or_national_defence',
    fr: 'Relations internationales, sécurité publique ou défense nationale',
    en: 'International relations, public security or national defence',
  },
  {
    value: 'course_of_justice_or_fair_trial',
    fr: 'Bonne marche de la justice ou procès équitable',
    en: 'The course of justice or a fair trial',
  },
  {
    value: 'confidentiality_of_commercial_or_industrial_information',
    fr: 'Confidentialité des informations commerciales ou industrielles',
    en: 'Confidentiality of commercial or industrial information',
  },
  {
    value: 'intellectual_property_rights',
    fr: 'Droits de propriété intellectuelle',
    en: 'Intellectual property rights',
  },
  {
    value: 'confidentiality_of_personal_data',
    fr: 'Confidentialité des données à caractère personnel',
    en: 'Confidentiality of personal data',
  },
  {
    value: 'protection_of_voluntary_information_suppliers',
    fr: 'Protection des personnes ayant fourni les informations volontairement',
    en: 'Protection of persons who supplied the information voluntarily',
  },
  {
    value: 'protection_of_environment',
    fr: "Protection de l'environnement",
    en: 'Protection of the environment',
  },
]

export const REASON_CATEGORY_IDS: readonly string[] = REASON_CATEGORIES.map((c) => c.value)

export function reasonCategories(lang: Lang) {
  return REASON_CATEGORIES.map((c) => ({ value: c.value, label: c[lang], definition: c[lang] }))
}

export const DUPLICATE_AUDIENCE = 'You can only set one condition for a given access audience role'
