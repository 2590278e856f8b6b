import { defineMessages } from '@/i18n/messages'
import { frNumber, frPlural } from '@/i18n/numbers'

export const communityMessages = defineMessages(
  {
    title: 'Ressources communautaires',
    intro:
      'Les fichiers que d’autres (utilisateurs, associations, organisations) ont ajoutés aux jeux de données de l’organisation. Ils appartiennent à leur auteur : vous pouvez les consulter, les marquer comme revus et en discuter.',
    findingDatasets: (read: number, pages: number | null) =>
      pages === null
        ? 'Recherche des jeux de données qui ont des ressources communautaires…'
        : `Recherche des jeux de données qui ont des ressources communautaires… (page ${read} sur ${pages})`,
    failedDatasets: (n: number) =>
      `Les ressources communautaires de ${frPlural(n, 'jeu de données n’ont', 'jeux de données n’ont')} pas pu être lues.`,
    filter: 'Filtrer',
    onlyUnreviewed: 'Seulement les non revues',
    dataset: 'Jeu de données',
    allDatasets: 'Tous',
    count: (n: number) => frPlural(n, 'ressource communautaire', 'ressources communautaires'),
    unreviewedCount: (n: number) => frPlural(n, 'non revue', 'non revues'),
    none: 'Personne n’a encore ajouté de ressource aux jeux de données de l’organisation.',
    noneFiltered: 'Aucune ressource ne correspond à ces critères.',
    caption: 'Ressources communautaires des jeux de données de l’organisation',
    colTitle: 'Titre',
    colPublisher: 'Publiée par',
    colDataset: 'Jeu de données',
    colFormat: 'Format et taille',
    colCreated: 'Ajoutée le',
    colAvailability: 'Disponibilité',
    colReviewed: 'Revue',
    reviewed: 'Revue',
    unreviewed: 'Non revue',
    markReviewed: 'Marquer comme revue',
    markUnreviewed: 'Marquer comme non revue',
    unknownPublisher: 'Auteur inconnu',
    showMore: (n: number) => `Afficher ${frNumber(n)} de plus`,
    // detail
    openFile: 'Ouvrir le fichier',
    newTab: '(nouvel onglet)',
    publishedBy: 'Publiée par',
    addedOn: (date: string) => `Ajoutée le ${date}`,
    onDataset: 'Jeu de données',
    format: 'Format',
    size: 'Taille',
    availability: 'Disponibilité (vérification par Hydra)',
    description: 'Description',
    noDescription: 'Pas de description.',
    whyReadOnlyTitle: 'Pourquoi vous ne pouvez pas la modifier',
    whyReadOnly:
      'Une ressource communautaire appartient à celui qui l’a publiée, pas à l’organisation qui produit le jeu de données : udata refuse (403) que l’organisation la modifie, la supprime ou la masque.',
    editable:
      'Vous avez le droit de modifier cette ressource (vous l’avez publiée, ou vous administrez la plateforme) : faites-le sur le portail.',
    reportTitle: 'Signaler un problème',
    reportNotPossible:
      'udata ne permet pas de signaler une ressource communautaire. Pour prévenir son auteur et les autres utilisateurs (fichier erroné, trompeur, obsolète…), ouvrez une discussion sur le jeu de données : elle est publique, et son auteur peut y répondre.',
    discussionTitle: (title: string) => `À propos de la ressource communautaire « ${title} »`,
    discussionBody: (title: string, url: string) =>
      `La ressource communautaire « ${title} » (${url}) ajoutée à ce jeu de données pose problème : `,
    backToList: 'Ressources communautaires',
    // dataset tab
    tabTitle: 'Ressources communautaires',
    tabNone: 'Personne n’a ajouté de ressource à ce jeu de données.',
    ownResource: 'Publiée par l’organisation',
  },
  () => import('./messages.en'),
)
