import { useMessages } from '@/i18n/messages'
import { reuseMessages } from './messages'
import type { ReuseStatus } from './reuse-status'

export function useStatusLabel() {
  const t = useMessages(reuseMessages)
  return (status: ReuseStatus) =>
    ({
      public: t.statusPublic,
      draft: t.statusDraft,
      archived: t.statusArchived,
      deleted: t.statusDeleted,
    })[status]
}
