import en from './locales/en.json';
import es from './locales/es.json';

export const UI_LOCALES = ['en', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const UI_RESOURCES: Record<UiLocale, { translation: typeof en }> = {
  en: { translation: en },
  es: { translation: es },
};

export const UI_LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', es: 'Español' };

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}
