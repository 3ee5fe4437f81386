/**
 * A Map that keeps at most `capacity` entries, forgetting the least recently used first. For
 * per-process memos of work on one charter (a card's layout, a document's files): the render
 * workers go through thousands of charters, so a memo that kept every one would grow with the
 * register (issue 17: memory must not grow with N), while the files of one charter, rendered
 * together, still share the work.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`BoundedMap capacity must be a positive integer, not ${capacity}.`);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.entries.delete(key);
    this.entries.set(key, value);
    // A Map iterates in insertion order: the first key is the least recently used.
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return this;
  }
}
