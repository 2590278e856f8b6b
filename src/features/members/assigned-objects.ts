import type { memberMessages } from './messages'
import type { Assignment, AssignmentRef } from './types'

/** An assigned object, with the title the pickers and lists show. */
export type AssignedObject = AssignmentRef & { key: string; title: string }

export const assignedObject = (ref: AssignmentRef, title: string): AssignedObject => ({
  ...ref,
  key: `${ref.class}:${ref.id}`,
  title,
})

/** One partial editor's objects, out of the organization's whole assignment list. */
export function objectsOf(
  assignments: Assignment[],
  userId: string,
  t: (typeof memberMessages)['fr'],
): AssignedObject[] {
  return assignments
    .filter((assignment) => assignment.user?.id === userId)
    .map((assignment) =>
      assignedObject(
        { class: assignment.subject.class, id: assignment.subject.id },
        assignment.subject.title ??
          t.untitled(t.classLabels[assignment.subject.class], assignment.subject.id),
      ),
    )
}
