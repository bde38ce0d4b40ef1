import { describe, expect, it } from 'vitest';
import type { ProviderInfo } from '../../server/providers/types.ts';
import { teamNameKey, teamNameSchema } from '../../server/schema/workshop.ts';
import { modelAllowed, providersForTeam } from '../../server/workshops/models.ts';

const provider = (name: string, inHouse: boolean, models: string[]): ProviderInfo => ({
  name,
  label: name,
  kind: 'openai',
  inHouse,
  available: true,
  models: models.map((id) => ({ id, label: id })),
});
const providers = [
  provider('demo', true, ['basis', 'knapp']),
  provider('openai', false, ['gpt-4o-mini']),
  provider('ollama', true, []),
];

describe("a workshop's models", () => {
  it('allow every model without a list, and only in-house ones with the switch', () => {
    const all = { models: null, inHouseOnly: false };
    expect(modelAllowed(all, 'openai:gpt-4o-mini', providers)).toBe(true);
    expect(modelAllowed({ ...all, inHouseOnly: true }, 'openai:gpt-4o-mini', providers)).toBe(false);
    expect(modelAllowed({ ...all, inHouseOnly: true }, 'ollama:llama3.1:8b', providers)).toBe(true);
    expect(providersForTeam({ ...all, inHouseOnly: true }, providers).map((p) => p.name)).toEqual(['demo']);
  });

  it('leave out a provider that cannot run unless the workshop lists one of its models', () => {
    const down = [
      ...providers,
      { ...provider('anthropic', false, ['claude']), available: false, reason: 'kein Schlüssel' },
    ];
    expect(providersForTeam({ models: null, inHouseOnly: false }, down).map((p) => p.name)).toEqual(['demo', 'openai']);
    const listed = providersForTeam({ models: ['demo:basis', 'anthropic:claude'], inHouseOnly: false }, down);
    expect(listed.map((p) => [p.name, p.available, p.reason])).toEqual([
      ['demo', true, undefined],
      ['anthropic', false, 'kein Schlüssel'],
    ]);
  });

  it("show a team only the listed models, adding those its provider does not name (Ollama's)", () => {
    const rule = { models: ['demo:knapp', 'ollama:llama3.1:8b'], inHouseOnly: false };
    expect(modelAllowed(rule, 'demo:basis', providers)).toBe(false);
    expect(modelAllowed(rule, 'demo:knapp', providers)).toBe(true);
    expect(providersForTeam(rule, providers).map((p) => `${p.name}:${p.models.map((m) => m.id).join(',')}`)).toEqual([
      'demo:knapp',
      'ollama:llama3.1:8b',
    ]);
  });
});

describe('team names', () => {
  it('are tidied, 2 to 40 characters, and the same team regardless of case and spacing', () => {
    expect(teamNameSchema.parse('  Team   Nord ')).toBe('Team Nord');
    expect(teamNameKey('Team Nord')).toBe(teamNameKey('team  NORD'));
    expect(teamNameKey('Team Nord')).toBe(teamNameKey('TeamNord'));
    expect(teamNameKey('Straße')).not.toBe(teamNameKey('Strasse'));
    expect(teamNameSchema.safeParse('X').success).toBe(false);
    expect(teamNameSchema.safeParse('x'.repeat(41)).success).toBe(false);
    expect(teamNameSchema.safeParse('Team\u200bNord').success).toBe(false);
  });
});
