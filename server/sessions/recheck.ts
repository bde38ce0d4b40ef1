import type { AccountStore } from '../store/accounts.ts';

/** How long the questions of open event streams are gathered before one look into the store answers them. */
const RECHECK_WINDOW_MS = 100;

interface Question {
  tokenHash: string;
  resolve: (live: boolean) => void;
  reject: (err: unknown) => void;
}

/**
 * Whether a session is still live, for open event streams that ask every few seconds: the questions of one short
 * window are answered by one look into the store (per 90 sessions) instead of one each. A workshop's hub object on
 * Workers serves thousands of streams, and a look each was the largest part of what they cost D1.
 *
 * Only where one request may resume another's work (Node, a Durable Object; see `shared` in activity.ts): the answer
 * of one look reaches the streams of many requests.
 */
export function createSessionRecheck(
  store: Pick<AccountStore, 'liveSessions'>,
  now: () => number,
  windowMs = RECHECK_WINDOW_MS,
): (tokenHash: string) => Promise<boolean> {
  let asked: Question[] | undefined;
  const answer = async (questions: Question[]) => {
    try {
      const live = await store.liveSessions(
        questions.map((q) => q.tokenHash),
        now(),
      );
      for (const q of questions) q.resolve(live.has(q.tokenHash));
    } catch (err) {
      for (const q of questions) q.reject(err);
    }
  };
  return (tokenHash) =>
    new Promise<boolean>((resolve, reject) => {
      if (!asked) {
        const questions: Question[] = (asked = []);
        const due = setTimeout(() => {
          asked = undefined;
          void answer(questions);
        }, windowMs);
        (due as { unref?: () => void }).unref?.();
      }
      asked.push({ tokenHash, resolve, reject });
    });
}
