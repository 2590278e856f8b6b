import { defineMessages } from '@/i18n/messages'
import { frPlural } from '@/i18n/numbers'

const fr = {
  // list
  reusesTitle: 'Réutilisations',
  reusesIntro: 'Les réutilisations publiées par l’organisation.',
  newReuse: 'Nouvelle réutilisation',
  search: 'Rechercher',
  searchLabel: 'Rechercher dans les réutilisations',
  type: 'Type',
  topic: 'Thématique',
  status: 'Statut',
  sort: 'Trier par',
  allTypes: 'Tous',
  allTopics: 'Toutes',
  allStatuses: 'Non supprimées',
  statusPublic: 'Publique',
  statusDraft: 'Brouillon',
  statusArchived: 'Archivée',
  statusDeleted: 'Supprimée',
  readOnly: 'Vous pouvez consulter cette réutilisation, mais pas la modifier.',
  badgeReadOnly: 'Lecture seule',
  sortCreatedDesc: 'Plus récentes',
  sortCreatedAsc: 'Plus anciennes',
  sortLastModifiedDesc: 'Modifiées récemment',
  sortTitleAsc: 'Titre (A → Z)',
  sortDatasetsDesc: 'Nombre de jeux de données',
  sortViewsDesc: 'Nombre de vues',
  filter: 'Filtrer',
  resetFilters: 'Réinitialiser les filtres',
  colTitle: 'Titre',
  colType: 'Type',
  colTopic: 'Thématique',
  colStatus: 'Statut',
  colDatasets: 'Jeux de données',
  colCreated: 'Créée le',
  colModified: 'Modifiée le',
  colAuthor: 'Auteur',
  colReviewed: 'Revue',
  reusesTableCaption: 'Réutilisations de l’organisation',
  noReuses: 'Aucune réutilisation ne correspond à ces critères.',
  hiddenOnPage: (n: number) =>
    `${frPlural(n, 'réutilisation de cette page est masquée', 'réutilisations de cette page sont masquées')} par le filtre de statut (l’API ne sait pas filtrer ce statut).`,
  reusesCount: (n: number) => frPlural(n, 'réutilisation', 'réutilisations'),
  // form
  editTitle: 'Modifier la réutilisation',
  createTitle: 'Nouvelle réutilisation',
  fieldTitle: 'Titre',
  fieldDescription: 'Description',
  fieldDescriptionHint: 'Markdown accepté. L’aperçu montre le rendu final.',
  fieldUrl: 'Lien vers la réutilisation',
  fieldUrlHint: 'Adresse publique, commençant par https:// (ou http://, ftp://).',
  fieldType: 'Type',
  fieldTopic: 'Thématique',
  choose: 'Choisir…',
  fieldTags: 'Mots-clés',
  fieldDatasets: 'Jeux de données utilisés',
  datasetsHint:
    'Cherchez parmi les jeux de données de l’organisation et tous les jeux de données publics.',
  datasetSearch: 'Rechercher un jeu de données',
  datasetSearchPlaceholder: 'Au moins 2 caractères',
  orgDatasets: 'Jeux de données de l’organisation',
  publicDatasets: 'Jeux de données publics',
  addDataset: (title: string) => `Ajouter ${title}`,
  removeDataset: (title: string) => `Retirer ${title}`,
  noDatasetFound: 'Aucun jeu de données trouvé.',
  linkedCount: (n: number) => frPlural(n, 'jeu de données lié', 'jeux de données liés'),
  noLinkedDataset: 'Aucun jeu de données lié pour l’instant.',
  fieldPrivate: 'Brouillon (visible seulement par l’organisation)',
  fieldArchived: 'Archivée',
  fieldArchivedHint: 'Une réutilisation archivée reste consultable mais n’est plus mise en avant.',
  save: 'Enregistrer',
  create: 'Créer la réutilisation',
  saved: 'Réutilisation enregistrée.',
  created: 'Réutilisation créée.',
  cancel: 'Annuler',
  required: 'Ce champ est obligatoire.',
  urlInvalid: 'Cette adresse n’est pas une URL valide (exemple : https://exemple.fr/page).',
  urlScheme: 'L’adresse doit commencer par http://, https://, ftp:// ou ftps://.',
  urlLocal: 'L’adresse doit être publique (pas localhost ni une adresse privée).',
  nothingChanged: 'Aucune modification à enregistrer.',
  formErrors: 'Le formulaire contient des erreurs : corrigez les champs signalés.',
  // image
  image: 'Image',
  imageCurrent: 'Image actuelle de la réutilisation',
  imageAfterCreate: 'Vous pourrez ajouter une image une fois la réutilisation créée.',
  // lifecycle
  dangerZone: 'Suppression',
  delete: 'Supprimer la réutilisation',
  deleteConfirm:
    'Supprimer cette réutilisation ? Elle pourra être restaurée tant qu’elle n’est pas purgée.',
  confirmDelete: 'Oui, supprimer',
  deleted: 'Réutilisation supprimée.',
  deletedBanner: 'Cette réutilisation est supprimée. Restaurez-la pour la modifier.',
  restore: 'Restaurer',
  restored: 'Réutilisation restaurée.',
  // conflict
  conflictTitle: 'Quelqu’un d’autre a modifié cette réutilisation',
  conflictIntro: (fields: string) =>
    `Depuis l’ouverture du formulaire, ces champs ont changé sur le serveur et aussi chez vous : ${fields}.`,
  conflictOnlyTheirs: 'Les autres changements du serveur sont conservés.',
  // review inbox
  reviewTitle: 'Réutilisations de nos données',
  reviewIntro:
    'Les réutilisations publiées par d’autres à partir des jeux de données de l’organisation. L’état « revue » est gardé dans ce navigateur.',
  reviewLoading: (done: number, total: number) =>
    `Recherche des réutilisations : ${done} jeux de données examinés sur ${total}…`,
  reviewNone: 'Aucune réutilisation de vos données par d’autres pour l’instant.',
  reviewNoneFiltered: 'Aucune réutilisation ne correspond à ces filtres.',
  onlyUnreviewed: 'Seulement les non revues',
  reviewFindingDatasets: 'Recherche des jeux de données réutilisés…',
  dataset: 'Jeu de données',
  allDatasets: 'Tous les jeux de données',
  markReviewed: 'Marquer comme revue',
  markUnreviewed: 'Marquer comme non revue',
  markSelectionReviewed: (n: number) =>
    `Marquer ${frPlural(n, 'sélectionnée', 'sélectionnées')} comme revues`,
  markSelectionUnreviewed: (n: number) =>
    `Marquer ${frPlural(n, 'sélectionnée', 'sélectionnées')} comme non revues`,
  selectAll: 'Tout sélectionner',
  select: (title: string) => `Sélectionner ${title}`,
  reviewed: 'Revue',
  unreviewed: 'À revoir',
  newBadge: 'Nouvelle',
  unreviewedCount: (n: number) => frPlural(n, 'réutilisation à revoir', 'réutilisations à revoir'),
  inboxCount: (n: number) => frPlural(n, 'réutilisation', 'réutilisations'),
  failedDatasets: (n: number) =>
    `Les réutilisations de ${frPlural(n, 'jeu de données', 'jeux de données')} n’ont pas pu être chargées.`,
  reviewTableCaption: 'Réutilisations des jeux de données de l’organisation',
  showMore: (n: number, left: number) => `Afficher ${n} de plus (${left} restantes)`,
  // review detail
  backToInbox: 'Retour aux réutilisations de nos données',
  openReuse: 'Ouvrir la réutilisation',
  opensInNewTab: '(nouvel onglet)',
  author: 'Auteur',
  datasetsUsed: 'Jeux de données utilisés',
  published: (date: string) => `Publiée le ${date}`,
  discussions: 'Discussions',
  report: 'Signaler',
  reportTitle: 'Signaler cette réutilisation',
  reportReason: 'Motif',
  reportMessage: 'Message (facultatif)',
  reportSend: 'Envoyer le signalement',
  reportSent: 'Signalement envoyé à l’équipe de modération.',
  notOurs: 'Cette réutilisation n’utilise aucun jeu de données de l’organisation.',
  // review summary (org home)
  summaryTitle: 'Réutilisations de vos données',
  summaryNew: (n: number) =>
    n === 0
      ? 'Aucune nouvelle réutilisation depuis votre dernière visite.'
      : `${frPlural(n, 'nouvelle réutilisation', 'nouvelles réutilisations')} depuis votre dernière visite.`,
  summaryAtLeast: (n: number) =>
    `Au moins ${frPlural(n, 'nouvelle réutilisation', 'nouvelles réutilisations')} depuis votre dernière visite.`,
  summaryFirst: (n: number) =>
    n === 0
      ? 'Aucun jeu de données de l’organisation n’est encore réutilisé.'
      : `${frPlural(n, 'jeu de données réutilisé', 'jeux de données réutilisés')} : découvrez par qui.`,
  summaryLink: 'Voir les réutilisations de nos données',
  summaryError: 'Le nombre de réutilisations n’a pas pu être chargé.',
  // dataset tab
  datasetReusesTitle: 'Réutilisations de ce jeu de données',
  datasetReusesNone: 'Ce jeu de données n’a pas encore de réutilisation.',
  ownReuse: 'De l’organisation',
  othersReuse: 'D’un tiers',
  unknownAuthor: 'Auteur inconnu',
}

/** The shape the English catalogue (./messages.en.ts) must match. */
export type Messages = typeof fr

export const reuseMessages = defineMessages(fr, () => import('./messages.en'))
