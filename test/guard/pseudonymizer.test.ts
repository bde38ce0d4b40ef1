import { describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../server/guard/pseudonymizer.ts';
import { isValidIban } from '../../server/pii/iban.ts';
import { isValidSteuerId } from '../../server/pii/steuer-id.ts';
import type { PiiKind, PiiMatch } from '../../server/pii/types.ts';

// A detector that knows exactly these values, so the tests see the mapping and not the detectors' rules.
const PLANTED: [PiiKind, string][] = [
  ['person', 'Anna Schäfer'],
  ['iban', 'DE89 3704 0044 0532 0130 00'],
  ['steuer-id', '86 095 742 719'],
  ['address', 'Lindenweg 4, 79098 Freiburg'],
];
const detect = (text: string): PiiMatch[] =>
  PLANTED.flatMap(([kind, value]) =>
    [...text.matchAll(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
      kind,
      value,
      start: m.index,
      end: m.index + value.length,
    })),
  );

const letter =
  'Sehr geehrte Damen und Herren, ich, Anna Schäfer, Lindenweg 4, 79098 Freiburg, bitte um Erstattung auf DE89 3704 0044 0532 0130 00. Steuer-ID 86 095 742 719.';

describe('pseudonymizer with placeholders', () => {
  it('replaces each value by a numbered placeholder of its kind, the same value by the same one across texts', () => {
    const p = createPseudonymizer({ detect });
    const first = p.protect(letter);
    expect(first).toBe(
      'Sehr geehrte Damen und Herren, ich, [Person 1], [Adresse 1], bitte um Erstattung auf [IBAN 1]. Steuer-ID [Steuer-ID 1].',
    );
    expect(p.protect('System: Antworten Sie Anna Schäfer höflich.')).toBe('System: Antworten Sie [Person 1] höflich.');
    expect(p.counts()).toEqual({ person: 1, address: 1, iban: 1, 'steuer-id': 1 });
  });

  it('finds a value known from an earlier text even where the detector alone would not', () => {
    const p = createPseudonymizer({ detect: (text) => (text.startsWith('1') ? detect(text) : []) });
    p.protect('1: Anna Schäfer');
    expect(p.protect('2: Grüße an Anna Schäfer, nicht an Anna Schäferin')).toBe(
      '2: Grüße an [Person 1], nicht an Anna Schäferin',
    );
  });

  it('maps the answer back to the real values, and leaves unknown brackets alone', () => {
    const p = createPseudonymizer({ detect });
    p.protect(letter);
    expect(p.restore('Guten Tag [Person 1], wir überweisen auf [IBAN 1] ([Person 2] ist unbekannt).')).toBe(
      'Guten Tag Anna Schäfer, wir überweisen auf DE89 3704 0044 0532 0130 00 ([Person 2] ist unbekannt).',
    );
    expect(p.restore(p.protect(letter))).toBe(letter);
  });

  it('restores a streamed answer split at every position, also inside a placeholder', () => {
    const p = createPseudonymizer({ detect });
    p.protect(letter);
    const answer = 'Liebe [Person 1], Ihre IBAN [IBAN 1] und [Adresse 1] sind notiert. [';
    for (let cut = 1; cut < answer.length; cut++) {
      for (const size of [1, 2, 3, 7]) {
        const out: string[] = [];
        const stream = p.restoreStream((text) => out.push(text));
        const pieces = [answer.slice(0, cut), ...(answer.slice(cut).match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [])];
        pieces.forEach((piece) => stream.push(piece));
        stream.flush();
        expect(out.join('')).toBe(p.restore(answer));
      }
    }
  });

  it('does not hand on a fragment that could still become a placeholder', () => {
    const p = createPseudonymizer({ detect });
    p.protect(letter);
    const out: string[] = [];
    const stream = p.restoreStream((text) => out.push(text));
    stream.push('Hallo [Per');
    expect(out).toEqual(['Hallo ']);
    stream.push('son 1]!');
    expect(out).toEqual(['Hallo ', 'Anna Schäfer!']);
  });
});

describe('pseudonymizer with fictitious values', () => {
  it('invents values of the same kind with valid checksums, repeatable per seed, and maps them back', () => {
    const p = createPseudonymizer({ detect, replacement: 'fictitious', seed: 'run-1' });
    const sent = p.protect(letter);
    for (const [, value] of PLANTED) expect(sent).not.toContain(value);
    const iban = /DE\d{2}(?: \d{4}){4} \d{2}/.exec(sent)?.[0];
    expect(iban && isValidIban(iban.replace(/ /g, ''))).toBe(true);
    const steuerId = /Steuer-ID (\d\d \d{3} \d{3} \d{3})/.exec(sent)?.[1];
    expect(steuerId && isValidSteuerId(steuerId.replace(/ /g, ''))).toBe(true);
    expect(p.restore(sent)).toBe(letter);
    expect(createPseudonymizer({ detect, replacement: 'fictitious', seed: 'run-1' }).protect(letter)).toBe(sent);
    expect(createPseudonymizer({ detect, replacement: 'fictitious', seed: 'run-2' }).protect(letter)).not.toBe(sent);
  });

  it('keeps a placeholder for health and religion: inventing a diagnosis would mislead', () => {
    const p = createPseudonymizer({
      replacement: 'fictitious',
      detect: (text) => [
        { kind: 'health', value: 'Diabetes', start: text.indexOf('Diabetes'), end: text.indexOf('Diabetes') + 8 },
      ],
    });
    expect(p.protect('Diagnose: Diabetes')).toBe('Diagnose: [Gesundheit 1]');
  });
});

describe('a run guard', () => {
  it('shows as sent what the calls send, also where a later case taught the guard a value', async () => {
    const { prepareRunGuard, sentPrompts } = await import('../../server/guard/run-guard.ts');
    const settings = { policy: 'pseudonymise', in_house: false, replacement: 'placeholder' } as const;
    // "Yilmaz" alone is no name to the detectors; after "Frau" in the second case it is.
    const prompts = [{ user: 'Yilmaz ruft wegen der Gebühr an.' }, { user: `Sehr geehrte Frau Yilmaz, ${letter}` }];
    const openai = { name: 'openai', inHouse: false } as Parameters<typeof prepareRunGuard>[1][number];
    const targets = [{ provider: 'openai:gpt-4o-mini', settings: {} }];
    const { calls, summary } = await prepareRunGuard({ settings }, [openai], targets, prompts, 'run-x');
    expect(summary?.replaced.iban).toBe(1);
    const sent = await sentPrompts(summary!, prompts, 'run-x');
    const shield = await calls.shield(openai);
    expect(prompts.map((p) => shield!.protect(p.user))).toEqual(sent.map((p) => p.user));
    expect(sent[0]!.user).toBe('[Person 1] ruft wegen der Gebühr an.');
  });
});
