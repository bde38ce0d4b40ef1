import { parse as parseYaml } from 'yaml';
import { unfence } from '../../text/normalize.ts';

export interface Verdict {
  /** 0..1 */
  score: number;
  reason: string;
}

/**
 * Reads a judge's answer. Models wrap JSON in fences or prose, use 0..10 or 0..100 scales, quote numbers,
 * leave trailing commas or answer with `pass` only; all of that is accepted. The last readable object wins,
 * because a judge that thinks aloud puts its final answer at the end. Undefined when nothing fits.
 */
export function parseVerdict(answer: string): Verdict | undefined {
  for (const candidate of objectsIn(answer).reverse()) {
    const verdict = toVerdict(parseLenient(candidate));
    if (verdict) return verdict;
  }
  // Bare `score: 0.8` lines without braces read as YAML.
  return toVerdict(parseLenient(unfence(answer)));
}

/** Balanced top-level `{...}` spans, skipping braces inside double-quoted strings. */
function objectsIn(text: string): string[] {
  const spans: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = depth > 0;
    } else if (char === '{') {
      if (depth++ === 0) start = i;
    } else if (char === '}' && depth > 0 && --depth === 0) {
      spans.push(text.slice(start, i + 1));
    }
  }
  return spans;
}

// YAML's flow syntax is a forgiving superset of JSON: trailing commas, single quotes, unquoted keys.
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    try {
      // 'error': no warnings on the console, but broken input still throws ('silent' would hide that).
      return parseYaml(text, { logLevel: 'error' }) as unknown;
    } catch {
      return undefined;
    }
  }
}

const SCORE_KEYS = ['score', 'rating', 'punktzahl', 'bewertung'];
const PASS_KEYS = ['pass', 'passed', 'bestanden'];
const REASON_KEYS = ['reason', 'begründung', 'begruendung', 'explanation', 'erklärung', 'comment', 'kommentar'];

function toVerdict(value: unknown): Verdict | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = new Map(Object.entries(value).map(([key, field]) => [key.toLowerCase(), field as unknown]));
  const pick = (keys: string[]): unknown => keys.map((key) => fields.get(key)).find((field) => field !== undefined);
  const score = toScore(pick(SCORE_KEYS)) ?? passScore(pick(PASS_KEYS));
  if (score === undefined) return undefined;
  const reason = pick(REASON_KEYS);
  return { score, reason: typeof reason === 'string' ? reason.trim() : '' };
}

/** 0..1 as is; 0..10 and 0..100 scaled; "0,8", "80%" and "8/10" understood. */
function toScore(raw: unknown): number | undefined {
  if (typeof raw === 'number') return scaled(raw);
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(',', '.');
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/u.exec(text);
  if (fraction) {
    const ratio = Number(fraction[1]) / Number(fraction[2]);
    return ratio >= 0 && ratio <= 1 ? ratio : undefined;
  }
  const percent = /^(\d+(?:\.\d+)?)\s*%$/u.exec(text);
  if (percent) return scaled(Number(percent[1]) / 100);
  return /^\d+(?:\.\d+)?$/u.test(text) ? scaled(Number(text)) : undefined;
}

function scaled(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (value <= 1) return value;
  if (value <= 10) return value / 10;
  if (value <= 100) return value / 100;
  return undefined;
}

function passScore(raw: unknown): number | undefined {
  const flag = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if (flag === true || flag === 'true' || flag === 'ja' || flag === 'yes') return 1;
  if (flag === false || flag === 'false' || flag === 'nein' || flag === 'no') return 0;
  return undefined;
}
