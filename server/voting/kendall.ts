/**
 * Kendall's tau-b between two scorings of the same items (higher is better in both): (concordant − discordant)
 * over √((pairs − tied in x)·(pairs − tied in y)), so ties in either scoring do not count against agreement.
 * Null when there is nothing to compare: fewer than 2 items, or one side ties everything.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  let pairs = 0;
  for (const { dx, dy } of pairSigns(x, y)) {
    pairs++;
    if (dx === 0) tiedX++;
    if (dy === 0) tiedY++;
    if (dx * dy > 0) concordant++;
    if (dx * dy < 0) discordant++;
  }
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}

/** The index pairs i < j that the two scorings order the opposite way (a tie on either side is no disagreement). */
export function discordantPairs(x: readonly number[], y: readonly number[]): Array<[number, number]> {
  return [...pairSigns(x, y)].filter(({ dx, dy }) => dx * dy < 0).map(({ i, j }): [number, number] => [i, j]);
}

function* pairSigns(x: readonly number[], y: readonly number[]) {
  if (x.length !== y.length) throw new RangeError(`scorings of different lengths: ${x.length} and ${y.length}`);
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      yield { i, j, dx: Math.sign(x[j]! - x[i]!), dy: Math.sign(y[j]! - y[i]!) };
    }
  }
}
