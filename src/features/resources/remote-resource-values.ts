import { z } from 'zod'
import type { ResourceMessages } from './messages'
import { urlProblem } from '@/ui/url-validation'

export function remoteResourceSchema(t: ResourceMessages) {
  return z.object({
    url: z.string().superRefine((value, ctx) => {
      const problem = urlProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: t.urlProblems[problem] })
    }),
    title: z.string().trim().min(1, t.required).max(350, t.tooLong(350)),
    type: z.string().min(1, t.required),
    format: z.string().trim().max(50),
    mime: z.string().trim().max(100),
    description: z.string().max(100_000, t.tooLong(100_000)),
  })
}

export type RemoteResourceFormValues = z.infer<ReturnType<typeof remoteResourceSchema>>
