import type { Plugin } from 'vite'
import { type ModulePatch, patchModules } from './module-patches.ts'

/**
 * react-dsfr's `<Header>` imports, whatever its props, the colour-scheme modal (`Display`, with
 * react-dsfr's `Modal` and three artwork images) and the search bar (`SearchButton`, and
 * `SearchBar` for one translation, with its CSS). The console's header has neither: it passes
 * `disableDisplay` (nothing opens that modal, the theme is light: src/main.tsx) and no search
 * props. In the build those imports go: the modal's element is replaced by nothing, and the
 * search's two names by functions that throw, so a header given search props fails loudly
 * instead of shipping without its search. Everything else in `Header.js` is react-dsfr's own.
 * Its navigation (`MainNavigation`) imports the mega menu, which the console's navigation has
 * none of (plain links and menus): it goes the same way. The dev server pre-bundles react-dsfr,
 * so there the header keeps them (unused, as here).
 */
const unbundled = 'not in this build (scripts/dsfr-slim-header.ts)'
const throwing = `() => { throw new Error(${JSON.stringify(unbundled)}); }`
const patches: ModulePatch[] = [
  {
    module: /[\\/]@codegouvfr[\\/]react-dsfr[\\/]Header[\\/]Header\.js$/,
    replace: [
      ['import { Display } from "../Display/Display";', ''],
      ['!disableDisplay && React.createElement(Display, null),', 'null,'],
      [
        'import { SearchButton } from "../SearchBar/SearchButton";',
        `const SearchButton = ${throwing};`,
      ],
      [
        'import { useTranslation as useSearchBarTranslation } from "../SearchBar/SearchBar";',
        `const useSearchBarTranslation = () => ({ t: ${throwing} });`,
      ],
    ],
  },
  {
    module: /[\\/]@codegouvfr[\\/]react-dsfr[\\/]MainNavigation[\\/]MainNavigation\.js$/,
    replace: [['import { MegaMenu } from "./MegaMenu";', `const MegaMenu = ${throwing};`]],
  },
  {
    module: /[\\/]@codegouvfr[\\/]react-dsfr[\\/]MainNavigation[\\/]index\.js$/,
    replace: [
      [
        'export { addMegaMenuTranslations } from "./MegaMenu";',
        `export const addMegaMenuTranslations = ${throwing};`,
      ],
    ],
  },
]

export function dsfrSlimHeader(): Plugin {
  return patchModules('dsfr-slim-header', patches)
}
