import { defineMessages } from '@/i18n/messages'
import { frNumber, frPlural } from '@/i18n/numbers'
import type { DateProblem } from './csv-dates'
import type { BulkField } from './fields'
import type { ItemStatus, JobState, PauseReason } from './job'
import type { OperationKind } from './operations'
import type { PlanWarning } from './plan'

function frDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`
}

type Labels<K extends string> = Record<K, string>

const frOperations: Labels<OperationKind> = {
  'add-tags': 'Ajouter des mots-clés',
  'remove-tags': 'Retirer des mots-clés',
  'replace-tag': 'Remplacer un mot-clé par un autre',
  'set-license': 'Changer la licence',
  'set-frequency': 'Changer la fréquence de mise à jour',
  'set-temporal-coverage': 'Changer la couverture temporelle',
  'set-spatial-granularity': 'Changer la granularité spatiale',
  'set-contact-point': 'Changer le point de contact',
  'set-private': 'Passer en brouillon ou publier',
  'set-archived': 'Archiver ou désarchiver',
  delete: 'Supprimer (corbeille)',
  restore: 'Restaurer depuis la corbeille',
  'find-replace': 'Rechercher et remplacer du texte',
  import: 'Import d’un fichier CSV',
  revert: 'Annulation d’une modification en masse',
}

const frFields: Labels<BulkField> = {
  title: 'Titre',
  acronym: 'Sigle',
  description: 'Description',
  description_short: 'Description courte',
  tags: 'Mots-clés',
  license: 'Licence',
  frequency: 'Fréquence',
  temporal_coverage: 'Couverture temporelle',
  spatial_granularity: 'Granularité spatiale',
  contact_points: 'Points de contact',
  private: 'Brouillon',
  archived: 'Archivé',
  deleted: 'Supprimé',
}

const frStatuses: Labels<ItemStatus> = {
  pending: 'En attente',
  done: 'Modifié',
  unchanged: 'Inchangé',
  conflict: 'Conflit',
  failed: 'Échec',
  skipped: 'Ignoré',
}

const frStates: Labels<JobState | 'interrupted'> = {
  ready: 'Prête',
  running: 'En cours',
  paused: 'En pause',
  cancelled: 'Annulée',
  finished: 'Terminée',
  interrupted: 'Interrompue',
}

const frWarnings: Labels<PlanWarning> = {
  harvested: 'Moissonné : la prochaine moisson écrasera la modification',
  'no-permission': 'Vous n’avez pas le droit de le modifier : il sera ignoré',
  invalid: 'Le résultat serait refusé par le serveur : il sera ignoré',
}

export const bulkMessages = defineMessages(
  {
    operations: frOperations,
    fields: frFields,
    statuses: frStatuses,
    states: frStates,
    warnings: frWarnings,
    // bar
    barLabel: 'Actions en masse',
    editInBulk: 'Modifier en masse…',
    exportCsv: 'Exporter en CSV',
    importCsv: 'Importer un CSV…',
    importCsvHint:
      'Fichier exporté puis modifié (colonnes id, title, tags, license…) ; une cellule vide laisse le champ inchangé, (vide) le vide',
    exporting: (loaded: number, total: number) =>
      `Lecture des jeux de données… ${frNumber(loaded)} / ${frNumber(total)}`,
    exported: (n: number) => `${frPlural(n, 'jeu de données exporté', 'jeux de données exportés')}`,
    // dialog / form
    dialogTitle: (n: number) =>
      `Modifier ${frPlural(n, 'jeu de données', 'jeux de données')} en masse`,
    importDialogTitle: (name: string) => `Importer « ${name} »`,
    close: 'Fermer',
    cancel: 'Annuler',
    operation: 'Modification',
    chooseOperation: 'Choisir une modification',
    tagsToAdd: 'Mots-clés à ajouter',
    tagsToRemove: 'Mots-clés à retirer',
    tagsHint: 'Séparés par des virgules ; ils seront normalisés (minuscules, sans accents)',
    tagFrom: 'Mot-clé à remplacer',
    tagTo: 'Nouveau mot-clé',
    license: 'Licence',
    frequency: 'Fréquence de mise à jour',
    temporalStart: 'Début de la couverture',
    temporalEnd: 'Fin de la couverture (facultatif)',
    temporalClear: 'Effacer la couverture temporelle',
    granularity: 'Granularité spatiale',
    contactPoint: 'Point de contact',
    noContactPoint: 'Aucun (retirer les points de contact)',
    makeDraft: 'Passer en brouillon',
    publish: 'Publier',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    visibility: 'Visibilité',
    archiving: 'Archivage',
    find: 'Texte à rechercher',
    findHint: 'Texte exact, sensible à la casse ; toutes les occurrences sont remplacées',
    replaceWith: 'Remplacer par',
    inFields: 'Chercher dans',
    loadingReference: 'Chargement des listes…',
    preview: 'Prévisualiser',
    required: 'Champ obligatoire',
    invalidTag: (tag: string) => `Le mot-clé « ${tag} » doit faire entre 3 et 96 caractères.`,
    chooseOneField: 'Choisissez au moins un champ.',
    loadingSelection: (loaded: number, total: number) =>
      `Lecture des jeux de données sélectionnés… ${frNumber(loaded)} / ${frNumber(total)}`,
    // preview
    previewTitle: 'Aperçu avant modification',
    previewSummary: (changed: number, unchanged: number) =>
      `${frPlural(changed, 'jeu de données sera modifié', 'jeux de données seront modifiés')}, ${frPlural(unchanged, 'restera inchangé', 'resteront inchangés')}.`,
    nothingWritten: 'Rien n’est enregistré tant que vous n’avez pas confirmé.',
    tabChanged: (n: number) => `À modifier (${frNumber(n)})`,
    tabUnchanged: (n: number) => `Inchangés (${frNumber(n)})`,
    previewList: 'Jeux de données et changements',
    colon: ' : ',
    before: 'Avant',
    added: 'ajoutés',
    removed: 'retirés',
    retrying: (attempts: number, message: string) =>
      `Essai ${attempts} échoué (${message}) : nouvel essai…`,
    jobKicker: 'Modification en masse',
    after: 'Après',
    empty: '(vide)',
    none: 'aucun',
    yes: 'oui',
    no: 'non',
    warningsTitle: 'Points d’attention',
    warningCount: (warning: PlanWarning, n: number) =>
      `${frWarnings[warning].split(' :')[0] ?? ''} : ${frPlural(n, 'jeu de données', 'jeux de données')}`,
    skipHarvested: 'Ne pas modifier les jeux de données moissonnés',
    concurrency: 'Requêtes simultanées',
    concurrencyHint: '4 conviennent à data.gouv.fr ; baissez en cas d’erreurs 429',
    apply: (n: number) => `Appliquer à ${frPlural(n, 'jeu de données', 'jeux de données')}`,
    back: 'Modifier la demande',
    nothingToApply: 'Aucun jeu de données ne changerait : il n’y a rien à appliquer.',
    // import
    importProblems: (n: number) =>
      `${frPlural(n, 'ligne a été écartée', 'lignes ont été écartées')}`,
    importColumns: (columns: string) => `Colonnes appliquées : ${columns}`,
    importIgnoredColumns: (columns: string) => `Colonnes inconnues ignorées : ${columns}`,
    importRules:
      'Une cellule vide laisse le champ inchangé. Pour vider un champ, écrivez (vide) ou (empty) ; le titre et « private » ne se vident pas. Dates : jj/mm/aaaa (jour d’abord) ou aaaa-mm-jj.',
    problemRow: (row: number) => `Ligne ${frNumber(row)}`,
    problemMissingIdColumn: 'Le fichier n’a pas de colonne « id ».',
    problemMalformed: (expected: number, found: number) =>
      `${found} cellules au lieu de ${expected}`,
    problemUnterminated: 'Guillemet ouvert jamais fermé : la suite du fichier est illisible',
    problemMisplacedQuote: 'Guillemet mal placé dans une cellule : ligne illisible',
    problemCannotClear: (column: string) => `${column} ne peut pas être vidé`,
    problemInvalidDate: (column: string, value: string, reason: DateProblem) =>
      `Date invalide pour ${column} : « ${value} » — ${
        {
          'month-first': 'le mois semble écrit avant le jour ; écrivez jj/mm/aaaa ou aaaa-mm-jj',
          'no-such-day': 'cette date n’existe pas',
          format: 'formats acceptés : jj/mm/aaaa ou aaaa-mm-jj',
        }[reason]
      }`,
    problemCoverageEndWithoutStart: 'Couverture temporelle : une fin sans début',
    problemCoverageEndBeforeStart: 'Couverture temporelle : la fin précède le début',
    problemMissingId: 'Identifiant vide',
    problemUnknownId: (id: string) => `Identifiant inconnu dans cette organisation : ${id}`,
    problemDuplicateId: (id: string) => `Identifiant en double : ${id}`,
    problemInvalidValue: (column: string, value: string) =>
      `Valeur invalide pour ${column} : « ${value} »`,
    readingFile: 'Lecture du fichier…',
    loadingImported: (loaded: number, total: number) =>
      `Lecture des jeux de données du fichier… ${frNumber(loaded)} / ${frNumber(total)}`,
    notCsv: 'Ce fichier ne semble pas être un CSV lisible.',
    // job page
    jobsTitle: 'Modifications en masse',
    jobTitle: (operation: string) => `Modification en masse : ${operation}`,
    jobsIntro:
      'Les modifications en masse sont conservées dans ce navigateur : une modification interrompue (rechargement, coupure réseau) peut être reprise ou annulée.',
    noJobs: 'Aucune modification en masse pour cette organisation dans ce navigateur.',
    goToDatasets: 'Aller aux jeux de données',
    jobsCaption: 'Modifications en masse de l’organisation',
    columnDate: 'Date',
    columnOperation: 'Modification',
    columnState: 'État',
    columnProgress: 'Résultats',
    columnActions: 'Actions',
    open: 'Ouvrir',
    openJob: (date: string) => `Ouvrir la modification du ${date}`,
    deleteJob: 'Oublier',
    deleteJobLabel: (date: string) => `Oublier la modification du ${date}`,
    jobNotFound: 'Cette modification en masse n’existe pas dans ce navigateur.',
    backToJobs: 'Toutes les modifications en masse',
    createdAt: (date: string) => `Créée le ${date}`,
    revertOf: 'Annule la modification',
    revertedBy: 'Annulée par la modification',
    progressLabel: 'Avancement',
    progressText: (processed: number, total: number) =>
      `${frNumber(processed)} / ${frNumber(total)} traités`,
    timeLeft: (ms: number) => `environ ${frDuration(ms)} restantes`,
    rate: (perSecond: number) =>
      `${perSecond.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} jeux de données/s`,
    waitingRateLimit: (ms: number) =>
      `Le serveur demande de ralentir (429) : reprise dans ${frDuration(ms)}`,
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    start: 'Lancer',
    cancelJob: 'Arrêter la modification',
    cancelConfirm:
      'Arrêter ? Les jeux de données déjà modifiés le restent (vous pourrez les annuler) ; les autres seront ignorés.',
    interruptedHint:
      'Cette modification a été interrompue (page rechargée ou fermée). Reprenez-la, ou annulez ce qui a déjà été fait.',
    maybeElsewhere: 'Elle tourne peut-être encore dans un autre onglet.',
    runElsewhere:
      'Ce traitement s’exécute dans un autre onglet. Vous le suivez ici en direct ; pour le mettre en pause, le reprendre ou l’annuler, utilisez cet onglet-là, ou fermez-le pour continuer ici.',
    signOutTitle: 'Conserver les traitements en pause ?',
    signOutBody: (count: number) =>
      count > 1
        ? `${count} modifications en masse de ce compte ne sont pas terminées. Conservées dans ce navigateur, elles sont mises en pause et vous attendront à votre prochaine connexion avec ce compte. Supprimées, elles ne pourront plus être reprises ni annulées ; ce qu’elles ont déjà modifié le reste.`
        : 'Une modification en masse de ce compte n’est pas terminée. Conservée dans ce navigateur, elle est mise en pause et vous attendra à votre prochaine connexion avec ce compte. Supprimée, elle ne pourra plus être reprise ni annulée ; ce qu’elle a déjà modifié le reste.',
    signOutKeep: 'Conserver et se déconnecter',
    signOutDelete: 'Supprimer et se déconnecter',
    signOutStay: 'Rester connecté',
    pausedHint: 'En pause : les jeux de données en cours se terminent, aucun autre n’est commencé.',
    heldStates: {
      'session-expired': 'En attente de reconnexion',
      'server-unavailable': 'En attente du serveur',
    } satisfies Record<PauseReason, string>,
    heldHints: {
      'session-expired':
        'En pause parce que la clé d’API a été refusée : la modification reprend seule dès que vous vous reconnectez. Aucun jeu de données n’est compté en échec.',
      'server-unavailable':
        'En pause parce que le serveur ne répond plus : la console le sonde à intervalles croissants (30 s au plus) et reprend seule dès qu’il répond. Aucun jeu de données n’est compté en échec, aucun n’est écrit deux fois.',
    } satisfies Record<PauseReason, string>,
    finishedSummary: (done: number, failed: number, conflict: number) =>
      `Terminé : ${frPlural(done, 'modifié', 'modifiés')}, ${frPlural(failed, 'échec', 'échecs')}, ${frPlural(conflict, 'conflit', 'conflits')}.`,
    journalError: (message: string) =>
      `Le suivi local ne peut pas être enregistré (${message}) : ne rechargez pas la page avant la fin.`,
    leaveWarning: 'Une modification en masse est en cours.',
    retryFailed: (n: number) => `Réessayer ${frPlural(n, 'échec', 'échecs')}`,
    retryCancelled: (n: number) =>
      `Reprendre ${frPlural(n, 'jeu de données ignoré', 'jeux de données ignorés')}`,
    downloadReport: 'Télécharger le rapport (CSV)',
    revert: 'Annuler cette modification',
    revertConfirm: (n: number) =>
      `Remettre les valeurs d’avant sur ${frPlural(n, 'jeu de données', 'jeux de données')} ? Ceux modifiés entre-temps par quelqu’un d’autre seront laissés tels quels (conflit).`,
    confirm: 'Confirmer',
    resultsTitle: 'Résultats par jeu de données',
    filterStatus: 'Filtrer par statut',
    allStatuses: (n: number) => `Tous (${frNumber(n)})`,
    statusCount: (label: string, n: number) => `${label} (${frNumber(n)})`,
    columnDataset: 'Jeu de données',
    columnStatus: 'Statut',
    columnChange: 'Changement',
    columnMessage: 'Détail',
    conflictMessage: (fields: string) => `Modifié entre-temps par quelqu’un d’autre : ${fields}`,
    skipReasons: {
      cancelled: 'Modification arrêtée avant ce jeu de données',
      'no-permission': 'Vous n’avez pas le droit de le modifier',
      invalid: 'Le résultat serait refusé par le serveur',
      harvested: 'Jeu de données moissonné, écarté à votre demande',
    },
    noResults: 'Aucun jeu de données avec ce statut.',
    reportColumns: ['id', 'titre', 'statut', 'champs', 'avant', 'après', 'détail'],
    openDataset: (title: string) => `Ouvrir « ${title} »`,
    datasetsCount: (n: number) => frPlural(n, 'jeu de données', 'jeux de données'),
  },
  () => import('./messages.en'),
)

export type BulkMessages = (typeof bulkMessages)['fr']
