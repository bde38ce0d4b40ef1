import { splitProviderId, type ProviderRegistry } from '../providers/registry.ts';
import type { RunRequest } from '../schema/run.ts';
import { RunInputError } from './errors.ts';

/** Every target names a known, available provider; otherwise an input error naming the target. */
export function checkTargets(providers: Pick<ProviderRegistry, 'list'>, request: RunRequest): void {
  const known = new Map(providers.list().map((p) => [p.name, p]));
  request.targets.forEach((target, i) => {
    const { name } = splitProviderId(target.provider);
    const info = known.get(name);
    const field = `targets[${i}].provider`;
    if (!info) {
      const names = [...known.keys()].join(', ');
      throw new RunInputError(`Unbekannter Anbieter "${name}" (bekannt: ${names})`, field);
    }
    if (!info.available)
      throw new RunInputError(`${info.label} ist nicht verfügbar: ${info.reason ?? ''}`.trim(), field);
  });
}
