import { defineMessages } from '@/i18n/messages'

/** The lifecycle actions' words, the same for datasets and APIs (their notices are their own). */
export const lifecycleMessages = defineMessages(
  {
    actions: 'Actions',
    publish: 'Publier',
    unpublish: 'Repasser en brouillon',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    delete: 'Supprimer',
    restore: 'Restaurer',
    cancel: 'Annuler',
    saveFirst: 'Enregistrez ou annulez vos modifications avant cette action.',
  },
  () => import('./lifecycle-messages.en'),
)

/** The state changes a published object goes through (udata: `private`, archived, deleted). */
export type LifecycleChange = 'publish' | 'unpublish' | 'archive' | 'unarchive' | 'restore'

export type LifecycleWords = {
  done: Record<LifecycleChange | 'delete', string>
  archiveHint: string
  deleteTitle: string
  deleteBody: string
  confirmDelete: string
}

/** A domain's messages (the same keys for datasets and APIs) as the actions' words. */
export function lifecycleWords(
  t: Record<
    | 'published'
    | 'unpublished'
    | 'archived'
    | 'unarchived'
    | 'restored'
    | 'deleted'
    | 'archiveHint'
    | 'deleteTitle'
    | 'confirmDelete',
    string
  > & { deleteBody: (title: string) => string },
  title: string,
): LifecycleWords {
  return {
    done: {
      publish: t.published,
      unpublish: t.unpublished,
      archive: t.archived,
      unarchive: t.unarchived,
      restore: t.restored,
      delete: t.deleted,
    },
    archiveHint: t.archiveHint,
    deleteTitle: t.deleteTitle,
    deleteBody: t.deleteBody(title),
    confirmDelete: t.confirmDelete,
  }
}
