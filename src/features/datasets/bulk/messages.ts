import { defineMessages } from '@/i18n/messages'
import { enNumber, enPlural, frNumber, frPlural } from '@/i18n/numbers'
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

function enDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
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

const enOperations: Labels<OperationKind> = {
  'add-tags': 'Add tags',
  'remove-tags': 'Remove tags',
  'replace-tag': 'Replace a tag with another',
  'set-license': 'Change the license',
  'set-frequency': 'Change the update frequency',
  'set-temporal-coverage': 'Change the temporal coverage',
  'set-spatial-granularity': 'Change the spatial granularity',
  'set-contact-point': 'Change the contact point',
  'set-private': 'Make draft or publish',
  'set-archived': 'Archive or unarchive',
  delete: 'Delete (to the bin)',
  restore: 'Restore from the bin',
  'find-replace': 'Find and replace text',
  import: 'CSV file import',
  revert: 'Undo of a bulk edit',
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

const enFields: Labels<BulkField> = {
  title: 'Title',
  acronym: 'Acronym',
  description: 'Description',
  description_short: 'Short description',
  tags: 'Tags',
  license: 'License',
  frequency: 'Frequency',
  temporal_coverage: 'Temporal coverage',
  spatial_granularity: 'Spatial granularity',
  contact_points: 'Contact points',
  private: 'Draft',
  archived: 'Archived',
  deleted: 'Deleted',
}

const frStatuses: Labels<ItemStatus> = {
  pending: 'En attente',
  done: 'Modifié',
  unchanged: 'Inchangé',
  conflict: 'Conflit',
  failed: 'Échec',
  skipped: 'Ignoré',
}

const enStatuses: Labels<ItemStatus> = {
  pending: 'Pending',
  done: 'Done',
  unchanged: 'Unchanged',
  conflict: 'Conflict',
  failed: 'Failed',
  skipped: 'Skipped',
}

const frStates: Labels<JobState | 'interrupted'> = {
  ready: 'Prête',
  running: 'En cours',
  paused: 'En pause',
  cancelled: 'Annulée',
  finished: 'Terminée',
  interrupted: 'Interrompue',
}

const enStates: Labels<JobState | 'interrupted'> = {
  ready: 'Ready',
  running: 'Running',
  paused: 'Paused',
  cancelled: 'Cancelled',
  finished: 'Finished',
  interrupted: 'Interrupted',
}

const frWarnings: Labels<PlanWarning> = {
  harvested: 'Moissonné : la prochaine moisson écrasera la modification',
  'no-permission': 'Vous n’avez pas le droit de le modifier : il sera ignoré',
  invalid: 'Le résultat serait refusé par le serveur : il sera ignoré',
}

const enWarnings: Labels<PlanWarning> = {
  harvested: 'Harvested: the next harvest will overwrite the change',
  'no-permission': 'You may not edit it: it will be skipped',
  invalid: 'The server would refuse the result: it will be skipped',
}

export const bulkMessages = defineMessages({
  fr: {
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
  en: {
    operations: enOperations,
    fields: enFields,
    statuses: enStatuses,
    states: enStates,
    warnings: enWarnings,
    barLabel: 'Bulk actions',
    editInBulk: 'Edit in bulk…',
    exportCsv: 'Export as CSV',
    importCsv: 'Import a CSV…',
    importCsvHint:
      'An exported file, edited (columns id, title, tags, license…); a blank cell leaves its field unchanged, (empty) clears it',
    exporting: (loaded: number, total: number) =>
      `Reading datasets… ${enNumber(loaded)} / ${enNumber(total)}`,
    exported: (n: number) => `${enPlural(n, 'dataset', 'datasets')} exported`,
    dialogTitle: (n: number) => `Edit ${enPlural(n, 'dataset', 'datasets')} in bulk`,
    importDialogTitle: (name: string) => `Import “${name}”`,
    close: 'Close',
    cancel: 'Cancel',
    operation: 'Change',
    chooseOperation: 'Choose a change',
    tagsToAdd: 'Tags to add',
    tagsToRemove: 'Tags to remove',
    tagsHint: 'Comma-separated; they are normalised (lowercase, no accents)',
    tagFrom: 'Tag to replace',
    tagTo: 'New tag',
    license: 'License',
    frequency: 'Update frequency',
    temporalStart: 'Coverage start',
    temporalEnd: 'Coverage end (optional)',
    temporalClear: 'Clear the temporal coverage',
    granularity: 'Spatial granularity',
    contactPoint: 'Contact point',
    noContactPoint: 'None (remove contact points)',
    makeDraft: 'Make draft',
    publish: 'Publish',
    archive: 'Archive',
    unarchive: 'Unarchive',
    visibility: 'Visibility',
    archiving: 'Archiving',
    find: 'Text to find',
    findHint: 'Exact, case-sensitive text; every occurrence is replaced',
    replaceWith: 'Replace with',
    inFields: 'Search in',
    loadingReference: 'Loading lists…',
    preview: 'Preview',
    required: 'Required field',
    invalidTag: (tag: string) => `The tag “${tag}” must be 3 to 96 characters long.`,
    chooseOneField: 'Choose at least one field.',
    loadingSelection: (loaded: number, total: number) =>
      `Reading the selected datasets… ${enNumber(loaded)} / ${enNumber(total)}`,
    previewTitle: 'Preview before changing',
    previewSummary: (changed: number, unchanged: number) =>
      `${enPlural(changed, 'dataset', 'datasets')} will change, ${enNumber(unchanged)} will stay as they are.`,
    nothingWritten: 'Nothing is saved until you confirm.',
    tabChanged: (n: number) => `To change (${enNumber(n)})`,
    tabUnchanged: (n: number) => `Unchanged (${enNumber(n)})`,
    previewList: 'Datasets and changes',
    colon: ': ',
    before: 'Before',
    added: 'added',
    removed: 'removed',
    retrying: (attempts: number, message: string) =>
      `Attempt ${attempts} failed (${message}): trying again…`,
    jobKicker: 'Bulk edit',
    after: 'After',
    empty: '(empty)',
    none: 'none',
    yes: 'yes',
    no: 'no',
    warningsTitle: 'Things to check',
    warningCount: (warning: PlanWarning, n: number) =>
      `${enWarnings[warning].split(':')[0] ?? ''}: ${enPlural(n, 'dataset', 'datasets')}`,
    skipHarvested: 'Do not change harvested datasets',
    concurrency: 'Simultaneous requests',
    concurrencyHint: '4 suits data.gouv.fr; lower it if you get 429 errors',
    apply: (n: number) => `Apply to ${enPlural(n, 'dataset', 'datasets')}`,
    back: 'Edit the request',
    nothingToApply: 'No dataset would change: there is nothing to apply.',
    importProblems: (n: number) => `${enPlural(n, 'row was', 'rows were')} set aside`,
    importColumns: (columns: string) => `Columns applied: ${columns}`,
    importIgnoredColumns: (columns: string) => `Unknown columns ignored: ${columns}`,
    importRules:
      'A blank cell leaves its field unchanged. To clear a field, write (empty) or (vide); title and “private” cannot be cleared. Dates: dd/mm/yyyy (day first) or yyyy-mm-dd.',
    problemRow: (row: number) => `Row ${enNumber(row)}`,
    problemMissingIdColumn: 'The file has no “id” column.',
    problemMalformed: (expected: number, found: number) => `${found} cells instead of ${expected}`,
    problemUnterminated: 'A quote is never closed: the rest of the file cannot be read',
    problemMisplacedQuote: 'A misplaced quote inside a cell: the row cannot be read',
    problemCannotClear: (column: string) => `${column} cannot be cleared`,
    problemInvalidDate: (column: string, value: string, reason: DateProblem) =>
      `Invalid date for ${column}: “${value}” — ${
        {
          'month-first': 'the month seems to come before the day; write dd/mm/yyyy or yyyy-mm-dd',
          'no-such-day': 'this date does not exist',
          format: 'accepted formats: dd/mm/yyyy or yyyy-mm-dd',
        }[reason]
      }`,
    problemCoverageEndWithoutStart: 'Temporal coverage: an end without a start',
    problemCoverageEndBeforeStart: 'Temporal coverage: the end comes before the start',
    problemMissingId: 'Empty id',
    problemUnknownId: (id: string) => `Unknown id in this organization: ${id}`,
    problemDuplicateId: (id: string) => `Duplicate id: ${id}`,
    problemInvalidValue: (column: string, value: string) =>
      `Invalid value for ${column}: “${value}”`,
    readingFile: 'Reading the file…',
    loadingImported: (loaded: number, total: number) =>
      `Reading the file’s datasets… ${enNumber(loaded)} / ${enNumber(total)}`,
    notCsv: 'This file does not look like a readable CSV.',
    jobsTitle: 'Bulk edits',
    jobTitle: (operation: string) => `Bulk edit: ${operation}`,
    jobsIntro:
      'Bulk edits are kept in this browser: an interrupted edit (reload, network cut) can be resumed or undone.',
    noJobs: 'No bulk edit for this organization in this browser.',
    goToDatasets: 'Go to the datasets',
    jobsCaption: 'Bulk edits of the organization',
    columnDate: 'Date',
    columnOperation: 'Change',
    columnState: 'State',
    columnProgress: 'Results',
    columnActions: 'Actions',
    open: 'Open',
    openJob: (date: string) => `Open the edit of ${date}`,
    deleteJob: 'Forget',
    deleteJobLabel: (date: string) => `Forget the edit of ${date}`,
    jobNotFound: 'This bulk edit does not exist in this browser.',
    backToJobs: 'All bulk edits',
    createdAt: (date: string) => `Created on ${date}`,
    revertOf: 'Undoes the edit',
    revertedBy: 'Undone by the edit',
    progressLabel: 'Progress',
    progressText: (processed: number, total: number) =>
      `${enNumber(processed)} / ${enNumber(total)} processed`,
    timeLeft: (ms: number) => `about ${enDuration(ms)} left`,
    rate: (perSecond: number) =>
      `${perSecond.toLocaleString('en-GB', { maximumFractionDigits: 1 })} datasets/s`,
    waitingRateLimit: (ms: number) =>
      `The server asks us to slow down (429): resuming in ${enDuration(ms)}`,
    pause: 'Pause',
    resume: 'Resume',
    start: 'Start',
    cancelJob: 'Stop the edit',
    cancelConfirm:
      'Stop? Datasets already changed stay changed (you can undo them); the others will be skipped.',
    interruptedHint:
      'This edit was interrupted (page reloaded or closed). Resume it, or undo what was already done.',
    maybeElsewhere: 'It may still be running in another tab.',
    runElsewhere:
      'This job is running in another tab. You follow it here live; to pause, resume or cancel it, use that tab, or close it to carry on here.',
    signOutTitle: 'Keep the paused jobs?',
    signOutBody: (count: number) =>
      count > 1
        ? `${count} bulk jobs of this account are not finished. Kept in this browser, they are paused and wait for your next sign-in with this account. Deleted, they can no longer be resumed or cancelled; what they already changed stays changed.`
        : 'A bulk job of this account is not finished. Kept in this browser, it is paused and waits for your next sign-in with this account. Deleted, it can no longer be resumed or cancelled; what it already changed stays changed.',
    signOutKeep: 'Keep and sign out',
    signOutDelete: 'Delete and sign out',
    signOutStay: 'Stay signed in',
    pausedHint: 'Paused: datasets in progress finish, no other one is started.',
    heldStates: {
      'session-expired': 'Waiting for reconnection',
      'server-unavailable': 'Waiting for the server',
    } satisfies Record<PauseReason, string>,
    heldHints: {
      'session-expired':
        'Paused because the API key was refused: the edit resumes by itself as soon as you reconnect. No dataset is counted as failed.',
      'server-unavailable':
        'Paused because the server stopped answering: the console probes it at growing intervals (30 s at most) and resumes by itself as soon as it answers. No dataset is counted as failed, none is written twice.',
    } satisfies Record<PauseReason, string>,
    finishedSummary: (done: number, failed: number, conflict: number) =>
      `Finished: ${enNumber(done)} changed, ${enPlural(failed, 'failure', 'failures')}, ${enPlural(conflict, 'conflict', 'conflicts')}.`,
    journalError: (message: string) =>
      `The local record cannot be saved (${message}): do not reload the page before the end.`,
    leaveWarning: 'A bulk edit is running.',
    retryFailed: (n: number) => `Retry ${enPlural(n, 'failure', 'failures')}`,
    retryCancelled: (n: number) => `Resume ${enPlural(n, 'skipped dataset', 'skipped datasets')}`,
    downloadReport: 'Download the report (CSV)',
    revert: 'Undo this edit',
    revertConfirm: (n: number) =>
      `Put the previous values back on ${enPlural(n, 'dataset', 'datasets')}? Those changed by someone else since will be left as they are (conflict).`,
    confirm: 'Confirm',
    resultsTitle: 'Results per dataset',
    filterStatus: 'Filter by status',
    allStatuses: (n: number) => `All (${enNumber(n)})`,
    statusCount: (label: string, n: number) => `${label} (${enNumber(n)})`,
    columnDataset: 'Dataset',
    columnStatus: 'Status',
    columnChange: 'Change',
    columnMessage: 'Detail',
    conflictMessage: (fields: string) => `Changed by someone else since the preview: ${fields}`,
    skipReasons: {
      cancelled: 'The edit was stopped before this dataset',
      'no-permission': 'You may not edit it',
      invalid: 'The server would refuse the result',
      harvested: 'Harvested dataset, set aside as you asked',
    },
    noResults: 'No dataset with this status.',
    reportColumns: ['id', 'title', 'status', 'fields', 'before', 'after', 'detail'],
    openDataset: (title: string) => `Open “${title}”`,
    datasetsCount: (n: number) => enPlural(n, 'dataset', 'datasets'),
  },
})

export type BulkMessages = (typeof bulkMessages)['fr']
