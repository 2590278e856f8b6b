import type { ResourceMessages } from './messages'
import type { UploadProblem } from './upload-errors'

export function uploadProblemText(problem: UploadProblem, t: ResourceMessages): string {
  switch (problem.kind) {
    case 'extension':
      return t.problemExtension(problem.extension)
    case 'html':
      return t.problemHtml
    case 'too-large':
      return t.problemTooLarge
    case 'forbidden':
      return t.problemForbidden
    case 'not-found':
      return t.problemNotFound
    case 'offline':
      return t.problemOffline
    case 'timeout':
      return t.problemTimeout
    case 'server':
      return t.problemServer(problem.status)
    case 'other':
      return t.problemOther(problem.message)
  }
}
