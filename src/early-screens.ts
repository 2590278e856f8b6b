/**
 * The screens src/early.ts starts before the bundle has loaded, by the names under which
 * scripts/early-script.ts lists their page chunks: one type, so that the two cannot drift apart.
 */
export type EarlyScreen = 'datasets' | 'dataset' | 'reuses'
