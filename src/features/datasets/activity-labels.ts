import { defineMessages } from '@/i18n/messages'

/**
 * What an activity entry on a dataset says, in the user's language. udata's `label` is English
 * whatever `?lang=` says; its `key` (each udata/core module's activities.py) is stable, so known
 * keys get our words and an unknown one keeps udata's label. Kept out of the datasets catalogue:
 * only the activity tab, a lazy chunk, needs it.
 */
export const activityLabels = defineMessages(
  {
    'dataset:created': 'a créé le jeu de données',
    'dataset:updated': 'a modifié le jeu de données',
    'dataset:deleted': 'a supprimé le jeu de données',
    'dataset:resource:added': 'a ajouté un fichier',
    'dataset:resource:updated': 'a modifié un fichier',
    'dataset:resource:deleted': 'a supprimé un fichier',
    'dataset:discussed': 'a ouvert une discussion',
    'dataset:followed': 'suit le jeu de données',
  },
  () => import('./activity-labels.en'),
)

type ActivityLabels = (typeof activityLabels)['fr']

/** Our words for an activity key, if we have them (own keys only: not `constructor` and kin). */
export function activityLabel(labels: ActivityLabels, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key as keyof ActivityLabels] : undefined
}
