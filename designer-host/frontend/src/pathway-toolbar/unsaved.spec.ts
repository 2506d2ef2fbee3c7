import { describe, expect, it } from 'vitest';
import { forgetUnsaved, keepUnsaved, takeUnsaved } from './unsaved';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, value); }
}

describe('a diagram kept while the session is gone', () => {
  it('comes back whole until it is saved', () => {
    const storage = new MemoryStorage();
    keepUnsaved(storage, { key: 'falls', locality: 'north-shire', xml: '<definitions/>', keptAt: '2026-12-01T14:00:00Z' });
    expect(takeUnsaved(storage)).toEqual({ key: 'falls', locality: 'north-shire', xml: '<definitions/>', keptAt: '2026-12-01T14:00:00Z' });
    expect(takeUnsaved(storage)).toBeDefined();
    forgetUnsaved(storage);
    expect(takeUnsaved(storage)).toBeUndefined();
  });

  it('drops a slot that is not a kept diagram', () => {
    const storage = new MemoryStorage();
    storage.setItem('pathway.designer.unsaved', '{"xml": 3');
    expect(takeUnsaved(storage)).toBeUndefined();
    expect(storage.length).toBe(0);
  });
});
