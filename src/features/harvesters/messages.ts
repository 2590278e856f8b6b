import { defineMessages } from '@/i18n/messages'
import { frNumber, frPlural } from '@/i18n/numbers'
import type { ItemStatus, JobStatus, ValidationState } from './types'

const fr = {
  title: 'Moissonnage',
  intro:
    'Les moissonneurs de l’organisation importent les jeux de données d’un catalogue distant. Cette page est en lecture seule : la création et la validation d’un moissonneur se font sur le portail.',
  readOnly:
    'Lancer, planifier ou valider un moissonneur n’est pas possible ici : la plateforme réserve le lancement manuel et la validation à ses administrateurs.',
  showDeleted: 'Afficher les moissonneurs supprimés',
  sourcesCaption: 'Moissonneurs de l’organisation',
  noSources: 'L’organisation n’a aucun moissonneur.',
  sourcesCount: (n: number) => frPlural(n, 'moissonneur', 'moissonneurs'),
  colName: 'Nom',
  colBackend: 'Type',
  colUrl: 'Adresse moissonnée',
  colValidation: 'Validation',
  colSchedule: 'Planification',
  colLastJob: 'Dernière moisson',
  colFailed: 'Éléments en échec',
  deleted: 'Supprimé',
  inactive: 'Inactif',
  notScheduled: 'Non planifié',
  never: 'Jamais moissonné',
  validation: {
    pending: 'En attente de validation',
    accepted: 'Validé',
    refused: 'Refusé',
  } satisfies Record<ValidationState, string>,
  jobStatus: {
    pending: 'En attente',
    initializing: 'Initialisation',
    initialized: 'Initialisé',
    processing: 'En cours',
    done: 'Terminé',
    'done-errors': 'Terminé avec erreurs',
    failed: 'Échoué',
  } satisfies Record<JobStatus, string>,
  itemStatus: {
    pending: 'En attente',
    started: 'En cours',
    done: 'Réussi',
    failed: 'En échec',
    skipped: 'Ignoré',
    archived: 'Archivé',
  } satisfies Record<ItemStatus, string>,
  // source page
  backToSources: 'Retour aux moissonneurs',
  sourceDetails: 'Le moissonneur',
  createdOn: 'Créé le',
  validationComment: 'Commentaire de validation',
  autoarchive: 'Archivage automatique',
  autoarchiveOn: 'Oui : les jeux retirés du catalogue distant sont archivés',
  no: 'Non',
  jobsTitle: 'Moissons',
  jobsCaption: 'Moissons du moissonneur, les plus récentes d’abord',
  noJobs: 'Ce moissonneur n’a encore jamais été lancé.',
  colJob: 'Moisson',
  colStatus: 'Statut',
  colItems: 'Éléments',
  colEnded: 'Terminée le',
  jobOf: (date: string) => `Moisson du ${date}`,
  itemsSummary: (total: number, failed: number) =>
    `${frPlural(total, 'élément', 'éléments')}, ${frNumber(failed)} en échec`,
  loadMore: 'Afficher plus',
  scheduled: 'Planifié (cron)',
  // job page
  jobErrors: 'Erreurs de la moisson',
  itemsTitle: 'Éléments moissonnés',
  itemsCaption: 'Éléments de la moisson',
  statusFilter: 'Statut des éléments',
  allItems: 'Tous les statuts',
  noItems: 'Aucun élément avec ce statut.',
  itemsCount: (n: number) => frPlural(n, 'élément', 'éléments'),
  remoteId: 'Identifiant distant',
  openRemote: 'Fiche distante',
  newTab: '(nouvel onglet)',
  harvestedDataset: 'Jeu de données',
  noDataset: 'Aucun jeu de données créé',
  errors: 'Erreurs',
  noErrors: 'Aucune erreur',
  startedEnded: (started: string, ended: string) => `Commencée le ${started}, terminée le ${ended}`,
}

/** The shape the English catalogue (./messages.en.ts) must match. */
export type Messages = typeof fr

export const harvestMessages = defineMessages(fr, () => import('./messages.en'))
