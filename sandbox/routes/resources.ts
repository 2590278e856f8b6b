import type { Router } from '../router.ts'

export function registerResourceRoutes(_router: Router): void {}
