/**
 * When each attendee presses "Ausführen": first within the opening `spreadMs`, then again `gapMs` later (drawn
 * anew each time), as long as the phase of `durationMs` lasts.
 */
export function pressTimes(
  random: () => number,
  { spreadMs, gapMs, durationMs }: { spreadMs: number; gapMs: [number, number]; durationMs: number },
): number[] {
  const times: number[] = [];
  for (let at = random() * spreadMs; at < durationMs; at += gapMs[0] + random() * (gapMs[1] - gapMs[0])) {
    times.push(at);
  }
  return times;
}
