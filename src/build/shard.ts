/** `--shard k/n`: a deterministic split of the editions across CI runners. */
import { createHash } from 'node:crypto';
import { UsageError } from '../model/diagnostic.js';

export interface Shard {
  /** 1-based index of this runner. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: "${value}" is not k/n with 1 ≤ k ≤ n (e.g. --shard 2/4)`);
  }
  return { index, count };
}

/**
 * Which shard (1-based) an edition belongs to: a hash of its key, so an edition stays on its
 * runner however many other editions appear or go (unlike round-robin over a sorted list).
 */
export function shardOf(key: string, count: number): number {
  const n = createHash('sha256').update(key).digest().readUInt32BE(0);
  return (n % count) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}
