/** MQM vocabulary (../shared/MQM.md): every flag and every logged review issue uses it. */
export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'fluency/grammar',
  'fluency/spelling',
  'fluency/punctuation',
  'fluency/inconsistency',
  'terminology/wrong-term',
  'terminology/inconsistent',
  'style/unidiomatic',
  'locale/number-format',
  'locale/date-format',
  'locale/currency',
  'locale/quote-marks',
  'markup/tag',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export const SEVERITIES = ['critical', 'major', 'minor', 'neutral'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A UTF-16 range into one segment's text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type MessageParams = Record<string, string | number>;

export interface Flag {
  check: string;
  category: MqmCategory;
  severity: Severity;
  source: Span | null;
  target: Span | null;
  /** English text, as the CLI prints it. */
  message: string;
  /** i18n key under `flags.` with its parameters, so the UI can say it in its own language. */
  messageKey: string;
  params: MessageParams;
  /** Replacement texts for the target span. */
  suggestions: string[];
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, neutral: 0 };
