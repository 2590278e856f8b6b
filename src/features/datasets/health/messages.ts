import { defineMessages } from '@/i18n/messages'
import { frNumber, frPlural } from '@/i18n/numbers'
import type { BrokenKind, QualityCriterion } from './analyse'

export const healthMessages = defineMessages(
  {
    title: 'Santé du catalogue',
    intro:
      'Ce qui est cassé, en retard ou incomplet dans tous les jeux de données de l’organisation (hors corbeille et archives), d’après les vérifications de liens de udata-hydra, la fréquence de mise à jour déclarée, le score de qualité de udata et les discussions.',
    computedAt: (date: string) => `Calculé le ${date}.`,
    neverComputed:
      'Aucun rapport n’a encore été calculé pour cette organisation dans ce navigateur.',
    compute: 'Calculer le rapport',
    refresh: 'Actualiser',
    cancel: 'Annuler',
    cancelled: 'Analyse annulée. Le rapport précédent reste affiché, s’il y en a un.',
    progressLabel: 'Analyse en cours',
    progress: (done: number, total: number) =>
      `${frNumber(done)} requêtes sur ${frNumber(total)} connues`,
    summaryTitle: 'En bref',
    summaryDatasets: (datasets: number, resources: number) =>
      `${frPlural(datasets, 'jeu de données', 'jeux de données')}, ${frPlural(resources, 'ressource', 'ressources')} analysés.`,
    cardBroken: 'Liens cassés',
    cardUnchecked: 'Ressources non vérifiées',
    cardStale: 'Jeux de données en retard',
    cardNoLicense: 'Sans licence',
    cardUnanswered: 'Discussions sans réponse',
    // since last visit
    changesTitle: (date: string) => `Depuis le rapport du ${date}`,
    changesNone: 'Rien n’a changé parmi les liens cassés et les jeux de données en retard.',
    newBroken: (n: number) => frPlural(n, 'nouveau lien cassé', 'nouveaux liens cassés'),
    fixedBroken: (n: number) => frPlural(n, 'lien réparé', 'liens réparés'),
    newStale: (n: number) =>
      frPlural(
        n,
        'jeu de données nouvellement en retard',
        'jeux de données nouvellement en retard',
      ),
    fixedStale: (n: number) =>
      frPlural(n, 'jeu de données à jour de nouveau', 'jeux de données à jour de nouveau'),
    changesFirst:
      'C’est le premier rapport calculé dans ce navigateur : le prochain montrera ce qui a changé.',
    // broken
    brokenTitle: 'Liens cassés',
    brokenSummary: (n: number, datasets: number) =>
      n === 0
        ? 'Aucun lien cassé.'
        : `${frPlural(n, 'ressource', 'ressources')} en échec dans ${frPlural(datasets, 'jeu de données', 'jeux de données')}.`,
    brokenChart: 'Liens cassés par type d’échec',
    brokenKinds: {
      'not-found': 'Introuvable (404, 410)',
      'client-error': 'Autre erreur 4xx',
      'server-error': 'Erreur serveur (5xx)',
      timeout: 'Délai dépassé',
      unreachable: 'Hôte injoignable',
    } satisfies Record<BrokenKind, string>,
    uncheckedTitle: 'Non vérifiées',
    uncheckedText: (file: number, remote: number) =>
      `${frPlural(file + remote, 'ressource n’a', 'ressources n’ont')} pas de résultat de vérification (état inconnu) : ${frNumber(remote)} liens distants, ${frNumber(file)} fichiers hébergés.`,
    uncheckedNote:
      'udata-hydra vérifie les liens tous les 12 h à 30 jours ; un lien jamais vérifié ou limité par le serveur distant (429) n’a pas de résultat. Le critère de qualité « ressources disponibles » de udata ne compte que les liens distants : un fichier hébergé cassé ne baisse pas le score.',
    colDataset: 'Jeu de données',
    colResource: 'Ressource',
    colProblem: 'Problème',
    colCheckedAt: 'Constaté le',
    colUrl: 'Adresse',
    status: (status: number) => `HTTP ${status}`,
    openResource: (title: string) => `Ouvrir la ressource ${title}`,
    exportCsv: 'Exporter en CSV',
    exported: (n: number) => `${frPlural(n, 'ligne exportée', 'lignes exportées')}.`,
    // stale
    staleTitle: 'Jeux de données en retard',
    staleSummary: (n: number) =>
      n === 0
        ? 'Aucun jeu de données en retard sur sa fréquence de mise à jour.'
        : `${frPlural(n, 'jeu de données aurait dû', 'jeux de données auraient dû')} être mis à jour d’après la fréquence déclarée ou la date de prochaine mise à jour.`,
    staleChart: 'Jeux de données en retard, par retard',
    colFrequency: 'Fréquence',
    colLastUpdate: 'Dernière mise à jour',
    colDue: 'Attendue le',
    colLate: 'Retard',
    daysLate: (n: number) => frPlural(n, 'jour', 'jours'),
    ageBuckets: [
      'moins d’une semaine',
      '1 à 4 semaines',
      '1 à 3 mois',
      '3 à 12 mois',
      'plus d’un an',
    ],
    // quality
    qualityTitle: 'Qualité des métadonnées',
    qualitySummary: (median: number, count: number) =>
      `Score de qualité médian : ${median} critères sur 9, sur ${frPlural(count, 'jeu de données', 'jeux de données')}.`,
    scoreChart: 'Jeux de données par score de qualité (critères remplis sur 9)',
    scoreLabel: (met: number) => `${met}/9`,
    criteriaChart: 'Critères de qualité non remplis',
    criteria: {
      license: 'Licence',
      dataset_description_quality: 'Description (plus de 100 caractères)',
      temporal_coverage: 'Couverture temporelle',
      spatial: 'Couverture spatiale',
      update_frequency: 'Fréquence de mise à jour',
      update_fulfilled_in_time: 'Mise à jour dans les temps',
      resources_documentation: 'Ressources documentées',
      has_open_format: 'Format ouvert',
      all_resources_available: 'Ressources disponibles',
    } satisfies Record<QualityCriterion, string>,
    criterionFailing: (n: number) => frPlural(n, 'jeu de données', 'jeux de données'),
    criteriaSummary: (top: readonly (readonly [string, number])[]) =>
      top.length === 0
        ? 'Tous les critères sont remplis.'
        : `Les plus souvent manqués : ${top.map(([label, n]) => `${label} (${frNumber(n)})`).join(', ')}.`,
    colScore: 'Score',
    fixInBulk: (criterion: string, n: number) =>
      `Corriger « ${criterion} » en masse (${frPlural(n, 'jeu de données', 'jeux de données')})`,
    // discussions
    discussionsTitle: 'Discussions',
    discussionsSummary: (open: number, unanswered: number) =>
      `${frPlural(open, 'discussion ouverte', 'discussions ouvertes')}, dont ${frPlural(unanswered, 'sans réponse', 'sans réponse')} de l’organisation.`,
    medianAnswer: (days: number, count: number) =>
      `Délai médian avant la première réponse de l’organisation sur 12 mois : ${days.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} jour${days >= 2 ? 's' : ''} (${frPlural(count, 'discussion', 'discussions')}).`,
    medianNone: 'Aucune discussion des 12 derniers mois n’a reçu de réponse de l’organisation.',
    answerNote: 'Une réponse compte quand elle est publiée au nom de l’organisation.',
    openChart: 'Discussions ouvertes par ancienneté',
    colDiscussion: 'Discussion',
    colOpenedAt: 'Ouverte le',
    colAnswered: 'Réponse',
    answered: 'Répondu',
    unanswered: 'Sans réponse',
    // charts
    chartValues: 'Données du graphique',
    chartCategory: 'Catégorie',
    chartCount: 'Nombre',
    more: (n: number) => `Et ${frNumber(n)} de plus : exportez la liste pour tout voir.`,
  },
  () => import('./messages.en'),
)

export type HealthMessages = (typeof healthMessages)['fr']
