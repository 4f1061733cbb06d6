import type { DbOrTx } from "./audit/record-audit-event.ts";

type Thunks<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs independent reads side by side on the pool, or one after the other inside a transaction: a transaction is one
 * connection, and pg queues a second query sent while one runs (deprecated; pg 9 refuses it), so there is nothing to
 * gain there and a warning in every log. Functions that take a Db or a transaction client use this instead of
 * Promise.all.
 */
export async function runQueries<T extends readonly unknown[]>(db: DbOrTx, thunks: Thunks<T>): Promise<T> {
  // A transaction client has no $transaction of its own.
  if ("$transaction" in db) return (await Promise.all(thunks.map((run) => run()))) as unknown as T;
  const results: unknown[] = [];
  for (const run of thunks) results.push(await run());
  return results as unknown as T;
}
