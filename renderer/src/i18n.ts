import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLocale, UI_RESOURCES, type UiLocale } from '../../shared/i18n';

const STORAGE_KEY = 'cotejo.uiLocale';

function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isUiLocale(stored)) return stored;
  const system = navigator.language.slice(0, 2);
  return isUiLocale(system) ? system : 'en';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: UI_RESOURCES,
    lng: initialLocale(),
    fallbackLng: 'en',
    // React escapes text itself; document text is never rendered as HTML.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLocale(locale: UiLocale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
