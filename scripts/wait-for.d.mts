// The type of scripts/wait-for.mjs, for the TypeScript that imports it (bench/).
export function waitFor(url: string): Promise<void>
