// Logs reach terminals and log collectors; API keys must not, even when an error message quotes a request.
const SECRETS: [RegExp, string][] = [
  [/\b(sk|pk|rk)-[A-Za-z0-9_-]{8,}/g, '$1-***'], // OpenAI and Anthropic style keys
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***'],
  [/\b(api[_-]?key|authorization)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, '$1$2***'],
  // Session cookies and one-time links (256 bits in base64url), e.g. in the path of a failed request.
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, '***'],
];

/** The text with everything that looks like a key replaced by `***`. */
export const maskSecrets = (text: string): string =>
  SECRETS.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), text);

/** A server fault, with its stack, for the operator (never for the client). */
export function logServerError(err: unknown, where: string): void {
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  console.error(`[promptathon] ${where}: ${maskSecrets(detail)}`);
}
