import { cx } from '@codegouvfr/react-dsfr/fr/cx'

/**
 * What react-dsfr's components read of its `fr` object (see scripts/dsfr-slim-fr.ts): `fr.cx`,
 * and the default grey background that `useIsDark` writes into `<meta name="theme-color">`
 * (DSFR's `background.default.grey.default`, light and dark).
 */
export const fr = {
  cx,
  colors: {
    getHex: ({ isDark }: { isDark: boolean }) => ({
      decisions: { background: { default: { grey: { default: isDark ? '#161616' : '#ffffff' } } } },
    }),
  },
}
