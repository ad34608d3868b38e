import { LANGS, isLang } from '../i18n/catalogue.ts';
import { LANGUAGE_NAMES, appCatalogue } from '../i18n/catalogues/app.ts';
import { useT } from '../i18n/useT.ts';
import { selectLang, selectTheme } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { THEMES, isTheme } from '../state/ui-slice.ts';
import { Icon } from './Icon.tsx';

export function LanguageSwitcher() {
  const t = useT(appCatalogue);
  const lang = useStore(selectLang);
  const setLang = useStore((s) => s.ui.setLang);
  return (
    <label className="switcher">
      <Icon name="globe" />
      <span className="visually-hidden">{t('language')}</span>
      <select value={lang} onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <Icon name="chevron" className="switcher__chevron" />
    </label>
  );
}

const THEME_KEYS = { light: 'themeLight', dark: 'themeDark', projector: 'themeProjector' } as const;

export function ThemeSwitcher() {
  const t = useT(appCatalogue);
  const theme = useStore(selectTheme);
  const setTheme = useStore((s) => s.ui.setTheme);
  return (
    <label className="switcher">
      <Icon name="contrast" />
      <span className="visually-hidden">{t('theme')}</span>
      <select value={theme} onChange={(e) => isTheme(e.target.value) && setTheme(e.target.value)}>
        {THEMES.map((th) => (
          <option key={th} value={th}>
            {t(THEME_KEYS[th])}
          </option>
        ))}
      </select>
      <Icon name="chevron" className="switcher__chevron" />
    </label>
  );
}
