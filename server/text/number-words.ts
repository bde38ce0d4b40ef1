// German number words from "eins" to "neuntausendneunhundertneunundneunzig", as trainers and models write them.
const UNITS: Record<string, number> = {
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const TEENS: Record<string, number> = {
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/**
 * The value of a number word ("drei" 3, "einundzwanzig" 21, "zweihundert" 200), or undefined. The article "ein",
 * "eine" is no number word; "eins" is.
 */
export function numberWordValue(word: string): number | undefined {
  const lower = word.toLocaleLowerCase('de');
  if (lower === 'eins') return 1;
  if (lower === 'ein') return undefined;
  return below10000(lower);
}

function below10000(word: string): number | undefined {
  const thousand = word.indexOf('tausend');
  if (thousand >= 0) return scaled(word.slice(0, thousand), 1000, word.slice(thousand + 7));
  const hundred = word.indexOf('hundert');
  if (hundred >= 0) return scaled(word.slice(0, hundred), 100, word.slice(hundred + 7));
  return below100(word);
}

function scaled(factor: string, scale: number, rest: string): number | undefined {
  const times = factor === '' ? 1 : UNITS[factor];
  const remainder = rest === '' ? 0 : rest.startsWith('und') ? below100(rest.slice(3)) : below10000(rest);
  return times === undefined || remainder === undefined ? undefined : times * scale + remainder;
}

function below100(word: string): number | undefined {
  if (word === '') return undefined;
  const direct = UNITS[word] ?? TEENS[word] ?? TENS[word];
  if (direct !== undefined) return word === 'ein' ? undefined : direct;
  const and = word.indexOf('und');
  if (and <= 0) return undefined;
  const unit = UNITS[word.slice(0, and)];
  const tens = TENS[word.slice(and + 3)];
  return unit === undefined || tens === undefined ? undefined : unit + tens;
}
