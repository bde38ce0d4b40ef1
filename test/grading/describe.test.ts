import { describe, expect, it } from 'vitest';
import { registry } from './context.ts';

interface Sample {
  params: Record<string, unknown>;
  label: string;
  /** The label of `not-<type>`, for negatable types. */
  negated?: string;
}

// One sample per registered type: a new type fails below until it has a sentence of its own here.
const SAMPLES: Record<string, Sample> = {
  equals: {
    params: { value: 'Beschwerde' },
    label: 'Lautet genau „Beschwerde“',
    negated: 'Lautet nicht genau „Beschwerde“',
  },
  contains: { params: { value: 25 }, label: 'Enthält „25“', negated: 'Enthält nicht „25“' },
  icontains: {
    params: { value: 'Sperrmüll' },
    label: 'Enthält „Sperrmüll“ (Groß- und Kleinschreibung egal)',
    negated: 'Enthält nicht „Sperrmüll“ (Groß- und Kleinschreibung egal)',
  },
  'contains-any': {
    params: { value: ['kostenlos', 'gebührenfrei', 'ohne Kosten'] },
    label: 'Enthält mindestens einen der Begriffe „kostenlos“, „gebührenfrei“ oder „ohne Kosten“',
    negated: 'Enthält keinen der Begriffe „kostenlos“, „gebührenfrei“ oder „ohne Kosten“',
  },
  'contains-all': {
    params: { value: ['25 Euro', '60 Euro'] },
    label: 'Enthält alle Begriffe „25 Euro“ und „60 Euro“',
    negated: 'Enthält nicht alle Begriffe „25 Euro“ und „60 Euro“',
  },
  'icontains-any': {
    params: { value: ['du'] },
    label: 'Enthält mindestens einen der Begriffe „du“ (Groß- und Kleinschreibung egal)',
    negated: 'Enthält keinen der Begriffe „du“ (Groß- und Kleinschreibung egal)',
  },
  'icontains-all': {
    params: { value: ['Antrag', 'Frist'] },
    label: 'Enthält alle Begriffe „Antrag“ und „Frist“ (Groß- und Kleinschreibung egal)',
    negated: 'Enthält nicht alle Begriffe „Antrag“ und „Frist“ (Groß- und Kleinschreibung egal)',
  },
  'starts-with': {
    params: { value: 'Sehr geehrte' },
    label: 'Beginnt mit „Sehr geehrte“',
    negated: 'Beginnt nicht mit „Sehr geehrte“',
  },
  regex: {
    params: { value: 'https://www\\.musterstadt\\.de/sperrmuell', flags: 'i' },
    label: 'Entspricht einem vorgegebenen Muster',
    negated: 'Enthält nichts, was einem vorgegebenen Muster entspricht',
  },
  'word-count': { params: { min: 80, max: 200 }, label: 'Hat 80 bis 200 Wörter' },
  'sentence-length': { params: { max: 20 }, label: 'Kein Satz hat mehr als 20 Wörter' },
  'is-json': {
    params: { schema: { type: 'object', required: ['frist'], properties: { frist: { type: 'string' } } } },
    label: 'Ist gültiges JSON in der vorgegebenen Struktur',
    negated: 'Ist kein gültiges JSON in der vorgegebenen Struktur',
  },
  'json-path': {
    params: { path: '$.bescheid.frist', equals: '2025-03-01' },
    label: 'Das JSON enthält an einer bestimmten Stelle den erwarteten Wert',
    negated: 'Das JSON enthält an einer bestimmten Stelle nicht den erwarteten Wert',
  },
  classification: {
    params: { labels: ['Bauamt', 'Ordnungsamt'], value: 'Bauamt' },
    label: 'Wählt die Kategorie „Bauamt“',
  },
  similar: {
    params: { threshold: 0.35 },
    label: 'Ähnelt im Wortlaut der Musterlösung (Ähnlichkeit mindestens 0,35)',
    negated: 'Weicht im Wortlaut von der Musterlösung ab (Ähnlichkeit unter 0,35)',
  },
  latency: { params: { max: 2500 }, label: 'Kommt in höchstens 2,5 Sekunden' },
  cost: { params: { max: 0.01 }, label: 'Kostet höchstens 0,01 €' },
  tokens: { params: { max: 500 }, label: 'Ist höchstens 500 Tokens lang' },
  'llm-rubric': {
    params: { value: 'Die Antwort ist höflich.' },
    label: 'Ein Bewertungsmodell bestätigt: „Die Antwort ist höflich.“',
    negated: 'Ein Bewertungsmodell verneint: „Die Antwort ist höflich.“',
  },
  'sie-form': { params: {}, label: 'Spricht die Person durchgehend mit „Sie“ an' },
  readability: {
    params: { metric: 'wstf1', max: 8 },
    label: 'Lesbarkeit: Wiener Sachtextformel 1 höchstens 8 (niedrigere Werte sind leichter lesbar)',
  },
  'leichte-sprache': {
    params: { 'max-words': 12, rules: ['passive', 'negation'] },
    label: 'Folgt Regeln der Leichten Sprache: höchstens 12 Wörter je Satz; geprüft auf Passiv und Verneinung',
  },
  'no-pii': { params: { kinds: ['iban', 'phone'] }, label: 'Enthält keine IBAN oder Telefonnummer' },
  'numbers-from-input': { params: {}, label: 'Nennt nur Zahlen, Beträge und Daten, die in den Unterlagen stehen' },
  cites: {
    params: { allowed: ['§ 28 VwVfG', 'Art. 6 DSGVO'] },
    label: 'Verweist auf keine anderen Normen als § 28 VwVfG und Art. 6 DSGVO',
  },
  'gender-style': {
    params: { forbid: ['genderstern', 'doppelpunkt'] },
    label: 'Gendert ohne Genderstern oder Doppelpunkt',
  },
};

const labelOf = (assertion: { type: string } & Record<string, unknown>): string => registry.prepare(assertion).label;

describe('describe', () => {
  it('has a sample for every registered type', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(registry.types().sort());
  });

  it.each(registry.types())('%s says in plain German what it checks', (type) => {
    const sample = SAMPLES[type];
    if (!sample) throw new Error(`Kein Beispiel für "${type}"`);
    expect(registry.prepare({ type, ...sample.params })).toMatchObject({ ok: true, label: sample.label });
    const negatable = registry.resolve(`not-${type}`) !== undefined;
    expect(sample.negated !== undefined).toBe(negatable);
    if (sample.negated) expect(labelOf({ type: `not-${type}`, ...sample.params })).toBe(sample.negated);
  });

  it('never shows a pattern, a JSON path or a schema', () => {
    const words = { regex: 'musterstadt', 'json-path': 'frist', 'is-json': 'frist' };
    for (const [type, word] of Object.entries(words)) {
      const { params } = SAMPLES[type]!;
      expect(labelOf({ type, ...params })).not.toContain(word);
      expect(labelOf({ type: `not-${type}`, ...params })).not.toContain(word);
    }
  });

  it('covers the other parameter variants', () => {
    expect(labelOf({ type: 'word-count', max: 1 })).toBe('Hat höchstens 1 Wort');
    expect(labelOf({ type: 'word-count', min: 30 })).toBe('Hat mindestens 30 Wörter');
    expect(labelOf({ type: 'is-json' })).toBe('Ist gültiges JSON');
    expect(labelOf({ type: 'not-is-json' })).toBe('Ist kein gültiges JSON');
    expect(labelOf({ type: 'json-path', path: '$.kategorie', 'one-of': ['a', 'b'] })).toBe(
      'Das JSON enthält an einer bestimmten Stelle einen der erwarteten Werte',
    );
    expect(labelOf({ type: 'readability', metric: 'amstad', min: 60, max: 80 })).toBe(
      'Lesbarkeit: Amstad-Index 60 bis 80 (höhere Werte sind leichter lesbar)',
    );
    expect(labelOf({ type: 'leichte-sprache' })).toBe(
      'Folgt den Regeln der Leichten Sprache (höchstens 10 Wörter je Satz)',
    );
    expect(labelOf({ type: 'no-pii' })).toBe(
      'Enthält keine personenbezogenen Kennungen (etwa Steuer-ID, IBAN, Telefonnummer oder E-Mail-Adresse)',
    );
    expect(labelOf({ type: 'gender-style', require: 'paarform' })).toBe(
      'Nennt Personen in Paarform („Bürgerinnen und Bürger“) oder neutral',
    );
    expect(
      labelOf({ type: 'contains', value: 'Ihr Antrag vom 3. März auf Sondernutzung des Gehwegs vor Ihrem Geschäft' }),
    ).toBe('Enthält „Ihr Antrag vom 3. März auf Sondernutzung des Gehwegs vor Ih…“');
  });

  it('reads the description instead, also for a negated type', () => {
    const description = 'Duzt die Person an keiner Stelle';
    expect(labelOf({ type: 'not-regex', value: '\\bdu\\b', flags: 'i', description })).toBe(description);
    expect(registry.validate({ type: 'not-regex', value: '\\bdu\\b', description })).toEqual([]);
  });

  it('labels an unusable assertion without its parameters', () => {
    expect(registry.prepare({ type: 'regex', value: '(' })).toMatchObject({
      ok: false,
      label: 'Ungültige Prüfung vom Typ „regex“',
    });
    expect(labelOf({ type: 'contians', value: 'x', description: 'Nennt x' })).toBe('Nennt x');
  });
});
