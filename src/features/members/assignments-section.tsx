import { Button } from '@codegouvfr/react-dsfr/Button'
import { useEffect, useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { useErrorText } from '@/ui/error-text'
import { notify } from '@/ui/notices'
import { ApiError } from '@/api/client'
import { objectsOf, type AssignedObject } from './assigned-objects'
import { AssignmentPicker } from './assignment-picker'
import { memberMessages } from './messages'
import { useSetAssignments } from './mutations'
import { personName } from './person'
import type { Assignment, Member } from './types'

const sameSet = (a: AssignedObject[], b: AssignedObject[]) =>
  a.length === b.length && a.every((item) => b.some((other) => other.key === item.key))

/**
 * Each partial editor's assigned objects, and an editor for one set at a time. Saving sends the
 * complete list (udata replaces the set; `[]` removes them all).
 */
export function AssignmentsSection({
  organizationId,
  partialEditors,
  assignments,
  onDirtyChange,
}: {
  organizationId: string
  partialEditors: Member[]
  assignments: Assignment[]
  onDirtyChange: (dirty: boolean) => void
}) {
  const t = useMessages(memberMessages)
  const errorText = useErrorText()
  const save = useSetAssignments(organizationId)
  const [editing, setEditing] = useState<{ userId: string; draft: AssignedObject[] } | null>(null)
  const original = editing ? objectsOf(assignments, editing.userId, t) : []
  const dirty = editing !== null && !sameSet(original, editing.draft)
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])

  const fieldError =
    save.error instanceof ApiError && save.error.status === 400
      ? (save.error.fieldErrors.assignments?.join(' ') ?? save.error.message)
      : undefined

  return (
    <section aria-labelledby="assignments-title" className="fr-mb-6w">
      <h2 id="assignments-title">{t.assignmentsTitle}</h2>
      <p>{t.assignmentsIntro}</p>
      {partialEditors.length === 0 ? <p>{t.noPartialEditor}</p> : null}
      {partialEditors.map((member) => {
        const name = personName(member.user)
        const objects = objectsOf(assignments, member.user.id, t)
        const open = editing?.userId === member.user.id
        return (
          <div key={member.user.id} className="fr-mb-4w">
            <h3 className="fr-h6 fr-mb-1w">{name}</h3>
            {open ? (
              <form
                noValidate
                aria-label={t.editAssignments(name)}
                onSubmit={(event) => {
                  event.preventDefault()
                  save.mutate(
                    {
                      userId: member.user.id,
                      assignments: editing.draft.map(({ class: cls, id }) => ({ class: cls, id })),
                    },
                    {
                      onSuccess: () => {
                        setEditing(null)
                        notify({ kind: 'success', message: t.assignmentsSaved(name) })
                      },
                    },
                  )
                }}
              >
                <AssignmentPicker
                  organizationId={organizationId}
                  value={editing.draft}
                  onChange={(draft) => setEditing({ userId: member.user.id, draft })}
                  error={fieldError}
                />
                {save.isError && !fieldError ? (
                  <p className="fr-alert fr-alert--error fr-alert--sm">{errorText(save.error)}</p>
                ) : null}
                <ul className="fr-btns-group fr-btns-group--inline-md">
                  <li>
                    <Button type="submit" disabled={save.isPending}>
                      {t.saveAssignments}
                    </Button>
                  </li>
                  <li>
                    <Button
                      type="button"
                      priority="secondary"
                      disabled={save.isPending}
                      onClick={() => {
                        save.reset()
                        setEditing(null)
                      }}
                    >
                      {t.cancel}
                    </Button>
                  </li>
                </ul>
              </form>
            ) : (
              <>
                <p className="fr-mb-1w">
                  {objects.length > 0 ? t.assignedCount(objects.length) : t.noAssignment}
                </p>
                {objects.length > 0 ? (
                  <ul className="fr-tags-group">
                    {objects.map((object) => (
                      <li key={object.key}>
                        <span className="fr-tag fr-tag--sm">
                          {t.classLabels[object.class]} · {object.title}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-edit-line"
                  disabled={editing !== null}
                  onClick={() => {
                    save.reset()
                    setEditing({ userId: member.user.id, draft: objects })
                  }}
                >
                  {t.editAssignments(name)}
                </Button>
              </>
            )}
          </div>
        )
      })}
    </section>
  )
}
