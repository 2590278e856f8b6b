import { defineMessages } from '@/i18n/messages'
import { frNumber, frPlural } from '@/i18n/numbers'

/** French plural ending of a word ("fichier" + frEnding(2) = "fichiers"). */
const frEnding = (n: number) => (n > 1 ? 's' : '')

export const resourceMessages = defineMessages(
  {
    heading: 'Fichiers',
    count: (n: number) => frPlural(n, 'fichier', 'fichiers'),
    filterLabel: 'Filtrer par titre',
    filterHint: 'Le filtre porte sur le titre des fichiers.',
    empty: 'Ce jeu de données n’a encore aucun fichier.',
    noMatch: 'Aucun fichier ne correspond à ce titre.',
    loadingMore: 'Chargement des fichiers suivants…',
    tableCaption: 'Fichiers du jeu de données',
    tableScrollLabel: 'Liste des fichiers (défilante)',
    colTitle: 'Titre',
    colType: 'Type',
    colFormat: 'Format',
    colSize: 'Taille',
    colModified: 'Dernière modification',
    colSchema: 'Schéma',
    colAvailability: 'Disponibilité',
    colActions: 'Actions',
    remote: 'Lien',
    hosted: 'Fichier hébergé',
    edit: 'Modifier',
    editResource: (title: string) => `Modifier « ${title} »`,
    noSchema: 'Aucun',
    // upload
    uploadHeading: 'Déposer des fichiers',
    dropZone: 'Glissez-déposez vos fichiers ici',
    dropZoneOr: 'ou',
    pickFiles: 'Choisir des fichiers',
    dropHint: (mb: number) =>
      `Plusieurs fichiers à la fois. Au-delà de ${mb} Mo, l’envoi se fait par morceaux de ${mb} Mo, chacun réessayé en cas de coupure.`,
    dropActive: 'Relâchez pour déposer les fichiers',
    advanced: 'Options avancées',
    chunkSize: 'Taille des morceaux',
    chunkSizeHint: 'Des morceaux plus petits résistent mieux à une connexion instable.',
    megabytes: (n: number) => `${n} Mo`,
    uploadsHeading: 'Envois',
    overall: (done: number, total: number) =>
      `${done} sur ${total} fichier${frEnding(total)} envoyé${frEnding(total)}`,
    overallProgress: 'Progression totale',
    overallFailed: (n: number) => `${n} échec${frEnding(n)}`,
    progressOf: (name: string) => `Progression de ${name}`,
    statusQueued: 'En attente',
    statusUploading: 'Envoi en cours',
    statusProcessing: 'Envoyé, traitement par le serveur…',
    statusDone: 'Envoyé',
    statusFailed: 'Échec',
    statusCancelled: 'Annulé',
    retrying: (n: number) => `nouvelle tentative ${n} sur 3`,
    pausedUntilReconnect: 'en pause jusqu’à la reconnexion',
    replacing: (title: string) => `Remplace le fichier de « ${title} »`,
    cancel: 'Annuler',
    cancelUpload: (name: string) => `Annuler l’envoi de ${name}`,
    retry: 'Réessayer',
    retryUpload: (name: string) => `Réessayer l’envoi de ${name}`,
    remove: 'Retirer',
    removeUpload: (name: string) => `Retirer ${name} de la liste`,
    describe: 'Décrire',
    describeUpload: (name: string) => `Décrire ${name}`,
    clearFinished: 'Vider les envois terminés',
    leaveWarning: 'Des envois sont en cours.',
    problemExtension: (ext: string) =>
      ext
        ? `Les fichiers .${ext} ne sont pas acceptés par cette plateforme. Convertissez-le dans un format ouvert (CSV, JSON, PDF…) ou compressez-le en ZIP.`
        : 'Ce type de fichier n’est pas accepté par cette plateforme.',
    problemHtml:
      'Ce fichier contient une page HTML, que la plateforme refuse d’héberger. Pour une page web, ajoutez plutôt un lien.',
    problemTooLarge:
      'Ce fichier dépasse la taille maximale acceptée par le serveur. Compressez-le ou découpez-le.',
    problemForbidden: 'Vous n’avez pas le droit de modifier les fichiers de ce jeu de données.',
    problemNotFound: 'Le jeu de données ou le fichier n’existe plus.',
    problemOffline:
      'La connexion au serveur a été perdue (3 tentatives). Réessayez quand elle revient.',
    problemTimeout: 'Le serveur ne répond plus (3 tentatives). Réessayez dans un instant.',
    problemServer: (status: number) =>
      `Le serveur a échoué (erreur ${status}) malgré 3 tentatives. Réessayez dans un instant.`,
    problemOther: (message: string) => `Le serveur a refusé le fichier : ${message}`,
    // forms
    title: 'Titre',
    description: 'Description',
    descriptionHint: 'Markdown accepté.',
    type: 'Type',
    format: 'Format',
    formatHint: 'Par exemple csv, json, zip.',
    formatHostedHint: 'Déduit du fichier hébergé.',
    mime: 'Type MIME',
    mimeHint: 'Par exemple text/csv.',
    schema: 'Schéma',
    schemaHint: 'Schéma de données de schema.data.gouv.fr que respecte ce fichier.',
    schemaUnavailable:
      'Le catalogue des schémas est indisponible : saisissez le nom du schéma (par exemple etalab/schema-irve-statique).',
    schemaName: 'Nom du schéma',
    checksumLegend: 'Empreinte du fichier (checksum)',
    schemaVersion: 'Version du schéma',
    schemaVersionHint: 'Laissez vide pour la dernière version.',
    checksumType: 'Type d’empreinte',
    checksumValue: 'Valeur de l’empreinte',
    checksumHostedHint: 'Calculée par la plateforme pour les fichiers hébergés.',
    checksumValueHint: 'Sans valeur, aucune empreinte n’est enregistrée.',
    schemaUrl: 'Ou adresse d’un schéma hors catalogue',
    schemaUrlHint: 'Utilisée quand aucun schéma du catalogue n’est choisi.',
    none: 'Aucune',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Modifications enregistrées.',
    close: 'Fermer',
    required: 'Ce champ est obligatoire.',
    tooLong: (max: number) => `${frNumber(max)} caractères au maximum.`,
    url: 'Adresse (URL)',
    urlHint: 'Adresse publique en http, https, ftp ou ftps.',
    urlProblems: {
      empty: 'Indiquez l’adresse du fichier.',
      malformed: 'Cette adresse n’est pas valide. Elle doit commencer par https:// par exemple.',
      scheme: 'Seules les adresses http, https, ftp et ftps sont acceptées.',
      local:
        'Cette adresse désigne votre ordinateur ou votre réseau local ; indiquez une adresse publique.',
      private: 'Cette adresse IP est privée ; indiquez une adresse publique.',
      tld: 'Le nom de domaine doit se terminer par une extension (.fr, .com…).',
    },
    addRemote: 'Ajouter un lien',
    addRemoteHeading: 'Ajouter un fichier distant (lien)',
    addRemoteSubmit: 'Ajouter le lien',
    remoteAdded: (title: string) => `Lien « ${title} » ajouté.`,
    suggestions: 'Suggestions',
    // edit panel
    editHeading: (title: string) => `Modifier « ${title} »`,
    fileInfo: 'Fichier',
    replaceFile: 'Remplacer le fichier',
    replaceHint: 'Le nouveau fichier prend la place de l’ancien, à la même adresse permanente.',
    replaceStarted: (name: string) =>
      `Envoi de ${name} commencé : suivez-le dans la liste des envois.`,
    deleteResource: 'Supprimer ce fichier',
    deleteConfirmTitle: (title: string) => `Supprimer définitivement « ${title} » ?`,
    deleteConfirmText:
      'Le fichier et ses métadonnées seront supprimés. Cette action est irréversible.',
    deleteConfirm: 'Oui, supprimer',
    deleted: (title: string) => `« ${title} » a été supprimé.`,
    // reorder
    reorder: 'Modifier l’ordre',
    reorderHeading: 'Modifier l’ordre des fichiers',
    reorderListLabel: 'Fichiers dans leur nouvel ordre (défilante)',
    reorderHelp:
      'Déplacez les fichiers avec les boutons, par glisser-déposer, ou au clavier : activez « Déplacer », puis flèches haut et bas, Entrée pour poser, Échap pour annuler le déplacement.',
    reorderLoading: (loaded: number, total: number) =>
      `Chargement de tous les fichiers (${loaded} sur ${total})…`,
    moveUp: (title: string) => `Monter « ${title} »`,
    moveDown: (title: string) => `Descendre « ${title} »`,
    grab: (title: string) => `Déplacer « ${title} »`,
    drop: (title: string) => `Poser « ${title} »`,
    grabLabel: 'Déplacer',
    dropLabel: 'Poser',
    grabbed: (title: string, pos: number, total: number) =>
      `« ${title} » saisi, position ${pos} sur ${total}. Flèches pour déplacer, Entrée pour poser, Échap pour annuler.`,
    moved: (title: string, pos: number, total: number) =>
      `« ${title} » en position ${pos} sur ${total}.`,
    dropped: (title: string, pos: number, total: number) =>
      `« ${title} » posé en position ${pos} sur ${total}.`,
    moveCancelled: (title: string, pos: number) =>
      `Déplacement annulé, « ${title} » revient en position ${pos}.`,
    position: (pos: number) => `Position ${pos}`,
    saveOrder: 'Enregistrer l’ordre',
    cancelReorder: 'Annuler',
    orderUnchanged: 'L’ordre n’a pas changé.',
    orderSaved: 'Nouvel ordre enregistré.',
    orderFailedTitle: 'Le nouvel ordre n’a pas été enregistré',
    orderFailed: (reason: string) =>
      `${reason} L’ordre enregistré sur la plateforme n’a pas changé. Vous pouvez réessayer ou annuler.`,
    dragHandle: 'Glisser pour déplacer',
  },
  () => import('./messages.en'),
)

export type ResourceMessages = (typeof resourceMessages)['fr']
