import type { MessageParams } from '../model/flag';

/** i18next's {{name}} interpolation, for the places that have no i18next (CLI, checks). */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
