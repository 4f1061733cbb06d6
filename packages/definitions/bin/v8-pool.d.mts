/** Node's own --v8-pool-size default. */
export declare const NODE_V8_POOL_SIZE: number;
/** V8's pool size for a machine of `cores` (one core left to the main thread), or undefined where Node's default fits. */
export declare function v8PoolSizeFor(cores: number): number | undefined;
/** The node flags the CLI runs with on a machine of `cores` (default: this one's). */
export declare function cliNodeFlags(cores?: number): string[];
/** Runs the entry again with the pool sized for this machine; resolves to false when no re-run was needed or possible. */
export declare function runWithSizedPool(entryUrl: string): Promise<boolean>;
