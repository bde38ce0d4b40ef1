import { expect, it } from 'vitest';
import { nextTurn } from '../../server/runs/feed.ts';

it('lets waiters on one at a time, one per turn of the event loop, first come first served', async () => {
  let turns = 0;
  const order: [waiter: number, turn: number][] = [];
  const tick = () => {
    turns++;
    if (order.length < 3) setImmediate(tick);
  };
  const waiting = [1, 2, 3].map((waiter) => nextTurn().then(() => order.push([waiter, turns])));
  tick();
  await Promise.all(waiting);
  expect(order.map(([waiter]) => waiter)).toEqual([1, 2, 3]);
  const [first, second, third] = order.map(([, turn]) => turn);
  expect(second).toBeGreaterThan(first!);
  expect(third).toBeGreaterThan(second!);
});
