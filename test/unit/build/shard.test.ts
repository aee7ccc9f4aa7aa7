import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../../src/build/shard.js';

const keys = Array.from({ length: 52 }, (_, i) => `kcna-weekly/2024-W${String(i + 1).padStart(2, '0')}`).concat(['russia-dprk', 'other']);

describe('--shard k/n', () => {
  it('parses k/n and rejects nonsense', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2', '-1/3']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });
  it('every edition lands in exactly one shard', () => {
    for (const n of [1, 2, 3, 4, 7]) {
      for (const key of keys) {
        const owners = Array.from({ length: n }, (_, i) => i + 1).filter((k) => inShard(key, { index: k, count: n }));
        expect(owners).toHaveLength(1);
      }
    }
  });
  it('is deterministic and independent of which other editions exist', () => {
    const first = keys.map((k) => shardOf(k, 4));
    expect(keys.map((k) => shardOf(k, 4))).toEqual(first);
    expect(shardOf('kcna-weekly/2024-W12', 4)).toBe(first[11]);
    // Known values: a change of the hash would move editions between runners (and their caches).
    expect(keys.slice(0, 6).map((k) => shardOf(k, 3))).toMatchInlineSnapshot(`
      [
        3,
        1,
        1,
        1,
        2,
        1,
      ]
    `);
  });
  it('spreads 52 weekly editions over 4 runners without leaving one idle', () => {
    const sizes = [1, 2, 3, 4].map((k) => keys.filter((key) => inShard(key, { index: k, count: 4 })).length);
    expect(Math.min(...sizes)).toBeGreaterThan(5);
    expect(sizes.reduce((a, b) => a + b)).toBe(keys.length);
  });
  it('no shard means everything', () => {
    expect(keys.every((k) => inShard(k, undefined))).toBe(true);
  });
});
