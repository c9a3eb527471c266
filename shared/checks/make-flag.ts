import english from '../i18n/locales/en.json';
import { formatMessage } from '../i18n/format';
import type { Flag, MessageParams, Span } from '../model/flag';
import type { Token } from '../text/tokens';

const FLAG_MESSAGES: Record<string, string> = english.flags;

export function makeFlag(fields: Omit<Flag, 'message'>): Flag {
  const template = FLAG_MESSAGES[fields.messageKey];
  if (template === undefined) throw new Error(`No English message for flag key "${fields.messageKey}"`);
  return { ...fields, message: formatMessage(template, fields.params as MessageParams) };
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function tokenSpan(text: string, first: Token, last: Token = first): Span {
  return spanOf(text, first.start, last.end);
}
