import { useTranslation } from 'react-i18next';
import { UI_LOCALE_NAMES, UI_LOCALES, isUiLocale, type UiLocale } from '../../../shared/i18n';
import { ROLES, type ProjectInfo, type Role } from '../../../shared/model/project';

interface Props {
  info: ProjectInfo;
  role: Role;
  locale: string;
  busy: boolean;
  onRole: (role: Role) => void;
  onLocale: (locale: UiLocale) => void;
  onExport: () => void;
}

export function Toolbar({ info, role, locale, busy, onRole, onLocale, onExport }: Props) {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <h1 className="app-name">{t('app.title')}</h1>
      <span className="project-name" title={info.sourceFile}>
        {info.name}
      </span>
      <span className="pair">{t('toolbar.pair', { source: info.sourceLang.toUpperCase(), target: info.targetLang.toUpperCase() })}</span>
      <span className="spacer" />
      <label>
        {t('toolbar.role')}{' '}
        <select value={role} onChange={(e) => onRole(e.target.value as Role)} data-testid="role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('toolbar.language')}{' '}
        <select value={locale} onChange={(e) => isUiLocale(e.target.value) && onLocale(e.target.value)} data-testid="ui-language">
          {UI_LOCALES.map((l) => (
            <option key={l} value={l}>
              {UI_LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onExport} disabled={busy} data-testid="export">
        {t('toolbar.export')}
      </button>
    </header>
  );
}
