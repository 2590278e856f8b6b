import { defineMessages } from '@/i18n/messages'
import { frNumber } from '@/i18n/numbers'

const fr = {
  // list
  listTitle: 'Jeux de données',
  newDataset: 'Créer un jeu de données',
  statusFilter: 'Statut',
  statusAll: 'Tous',
  statusPublic: 'Publics',
  statusDraft: 'Brouillons',
  statusArchived: 'Archivés',
  statusDeleted: 'Corbeille',
  search: 'Rechercher dans les titres',
  searchButton: 'Rechercher',
  filters: 'Filtres',
  filterTag: 'Mot-clé',
  filterTagHint: 'Entrée pour ajouter ; tous les mots-clés doivent correspondre',
  addTag: 'Ajouter le mot-clé',
  removeFilter: (label: string) => `Retirer le filtre ${label}`,
  filterLicense: 'Licence',
  filterFormat: 'Format de fichier',
  filterFormatHint: 'Par exemple csv, json, zip',
  filterBadge: 'Badge',
  anyValue: 'Toutes',
  clearFilters: 'Effacer les filtres',
  sortBy: 'Trier par',
  pageSize: 'Lignes par page',
  sortTitleAsc: 'Titre (A → Z)',
  sortTitleDesc: 'Titre (Z → A)',
  sortCreatedDesc: 'Création (récent d’abord)',
  sortCreatedAsc: 'Création (ancien d’abord)',
  sortLastUpdateDesc: 'Mise à jour des données (récent d’abord)',
  sortLastUpdateAsc: 'Mise à jour des données (ancien d’abord)',
  sortReusesDesc: 'Réutilisations (plus d’abord)',
  sortReusesAsc: 'Réutilisations (moins d’abord)',
  sortFollowersDesc: 'Abonnés (plus d’abord)',
  sortFollowersAsc: 'Abonnés (moins d’abord)',
  sortViewsDesc: 'Vues (plus d’abord)',
  sortViewsAsc: 'Vues (moins d’abord)',
  sortColumn: (label: string) => `Trier par ${label}`,
  columns: 'Colonnes affichées',
  columnTitle: 'Titre',
  columnStatus: 'Statut',
  columnCreated: 'Création',
  columnLastModified: 'Dernière modification',
  columnLastUpdate: 'Mise à jour des données',
  columnResources: 'Fichiers',
  columnQuality: 'Qualité',
  columnReuses: 'Réutilisations',
  columnFollowers: 'Abonnés',
  columnViews: 'Vues',
  columnLicense: 'Licence',
  columnTags: 'Mots-clés',
  tableCaption: (total: number) =>
    `Jeux de données de l’organisation, ${frNumber(total)} résultat${total > 1 ? 's' : ''}`,
  selectRow: (title: string) => `Sélectionner « ${title} »`,
  selectPage: 'Sélectionner toute la page',
  selectedCount: (n: number) =>
    `${frNumber(n)} jeu${n > 1 ? 'x' : ''} de données sélectionné${n > 1 ? 's' : ''}`,
  selectAllMatching: (n: number) =>
    `Sélectionner les ${frNumber(n)} jeux de données correspondant aux filtres`,
  allMatchingSelected: (n: number) =>
    `Les ${frNumber(n)} jeux de données correspondant aux filtres sont sélectionnés`,
  clearSelection: 'Vider la sélection',
  emptyList: 'Aucun jeu de données ne correspond.',
  emptyOrganization: 'Cette organisation n’a pas encore de jeu de données.',
  updating: 'Mise à jour de la liste…',
  qualityScore: (score: number) => `${Math.round(score * 100)} %`,
  noValue: '—',
  // statuses
  badgeDraft: 'Brouillon',
  badgePublic: 'Public',
  badgeArchived: 'Archivé',
  badgeDeleted: 'Supprimé',
  badgeHarvested: 'Moissonné',
  badgeReadOnly: 'Lecture seule',
}

/** The shape the English catalogue (./messages.en.ts) must match. */
export type Messages = typeof fr

export const datasetMessages = defineMessages(fr, () => import('./messages.en'))
