import { describe, expect, it } from 'vitest';
import { newToken } from '../../server/crypto/tokens.ts';
import { maskSecrets } from '../../server/http/log.ts';

describe('log lines', () => {
  it('mask provider keys, authorisation headers, session tokens and one-time links', () => {
    const token = newToken();
    const line = maskSecrets(
      `POST /api/invites/${token} failed; Authorization: Bearer sk-abcdefghijklmnop cookie promptathon_sitzung=${token}`,
    );
    expect(line).not.toContain(token);
    expect(line).not.toContain('sk-abcdefghijklmnop');
    expect(line).toContain('POST /api/invites/***');
  });

  it('leave ordinary ids alone', () => {
    expect(maskSecrets('Lauf 3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b ist fehlgeschlagen')).toBe(
      'Lauf 3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b ist fehlgeschlagen',
    );
  });
});
