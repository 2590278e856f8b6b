import type { Router } from '../router.ts'

export function registerDiscussionRoutes(_router: Router): void {}
