import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/lib/bounded-map.ts';

describe('BoundedMap', () => {
  it('keeps at most its capacity, forgetting the least recently used entry first', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    expect(map.get('a')).toBe(1); // a is now more recent than b
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(map.has('b')).toBe(false);
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
  });

  it('replacing a value makes it the most recent without growing', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 10).set('c', 3);
    expect(map.get('a')).toBe(10);
    expect(map.has('b')).toBe(false);
  });

  it('keeps an undefined value apart from a missing key', () => {
    const map = new BoundedMap<string, undefined>(1);
    map.set('a', undefined);
    expect(map.has('a')).toBe(true);
    expect(map.get('a')).toBeUndefined();
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new BoundedMap(0)).toThrow(/positive integer/);
    expect(() => new BoundedMap(1.5)).toThrow(/positive integer/);
  });
});
