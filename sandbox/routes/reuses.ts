import type { Router } from '../router.ts'

export function registerReuseRoutes(_router: Router): void {}
