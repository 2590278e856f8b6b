import { defineMessages } from '@/i18n/messages'

const fr = {
  title: 'Profil de l’organisation',
  readOnlyTitle: 'Lecture seule',
  readOnly: 'Seuls les administrateurs de l’organisation peuvent modifier son profil et son logo.',
  fieldName: 'Nom',
  fieldAcronym: 'Sigle',
  fieldDescription: 'Description',
  fieldDescriptionHint: 'En Markdown : titres, listes, liens, gras…',
  fieldUrl: 'Site web',
  fieldUrlHint: 'Adresse complète, par exemple https://www.exemple.gouv.fr/',
  fieldBusinessNumberId: 'Numéro SIRET',
  fieldSiretHint: '14 chiffres ; les espaces sont ignorés.',
  required: 'Ce champ est obligatoire.',
  tooLong: '128 caractères au plus.',
  invalid: 'Cette adresse n’est pas valide.',
  scheme: 'L’adresse doit commencer par http:// ou https://.',
  local: 'Une adresse locale ou privée n’est pas accessible au public.',
  length: 'Un numéro SIRET compte 14 chiffres.',
  digits: 'Un numéro SIRET ne contient que des chiffres.',
  checksum: 'Ce numéro SIRET n’est pas valide (clé de contrôle du SIREN incorrecte).',
  logo: 'Logo',
  logoCurrent: (name: string) => `Logo actuel de ${name}`,
  fieldCustom: 'Métadonnées personnalisées',
  customIntro:
    'Champs que l’organisation ajoute à ses jeux de données. Ils sont enregistrés avec le profil.',
  customNone: 'Aucune métadonnée personnalisée.',
  customItem: (n: number) => `Métadonnée ${n}`,
  customTitle: 'Intitulé',
  customDescription: 'Description',
  customType: 'Type',
  customChoices: 'Valeurs possibles',
  customChoicesHint: 'Une valeur par ligne.',
  choicesRequired: 'Donnez au moins une valeur possible.',
  customAdd: 'Ajouter une métadonnée',
  customRemove: (title: string) => `Retirer « ${title} »`,
  customUntitled: 'sans intitulé',
  typeLabels: {
    str: 'Texte',
    int: 'Nombre entier',
    float: 'Nombre décimal',
    bool: 'Oui / non',
    date: 'Date',
    datetime: 'Date et heure',
    choice: 'Liste de valeurs',
  },
  save: 'Enregistrer le profil',
  saved: 'Profil enregistré.',
  nothingChanged: 'Rien à enregistrer : aucun champ n’a changé.',
  saveRefused: 'Le profil n’a pas été enregistré',
  conflictTitle: 'Le profil a été modifié entre-temps',
  conflictIntro: (fields: string) =>
    `Quelqu’un a modifié ${fields} depuis que vous avez ouvert ce profil. Choisissez la version à garder.`,
}

/** The shape the English catalogue (./messages.en.ts) must match. */
export type Messages = typeof fr

export const profileMessages = defineMessages(fr, () => import('./messages.en'))
