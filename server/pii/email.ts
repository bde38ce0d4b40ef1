import { collect, type PiiMatch } from './types.ts';

// A pragmatic subset of RFC 5322 (and RFC 6531 for umlauts): dot-atom local part, domain labels of letters,
// digits and inner hyphens, an alphabetic top-level domain. Quoted local parts and IP literals are left out.
// The local part may only start after a character that cannot belong to it, so every run is tried once.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): PiiMatch[] {
  return collect(text, EMAIL, 'email', () => true);
}
