import { describe, expect, it, vi } from 'vitest';
import { DirectoryError, loadNearbyPractices, parseIndex, parseShard, shardsFor, shardUrl, type DirectoryIndex } from '../../src/match/directory';
import { ABQ, practice } from '../helpers/practices';

const index: DirectoryIndex = {
  version: 1,
  count: 4,
  shards: { '871': [2, 35, -106.8, 35.3, -106.5], '875': [1, 35.6, -106, 35.7, -105.9], '880': [1, 32.3, -106.8, 32.4, -106.7], '995': [1] },
  featured: [],
};

describe('directory shards', () => {
  it('picks the visitor ZIP3 shard first, then shards within the radius by distance', () => {
    expect(shardsFor(index, { zip: '87101', point: ABQ }, 160)).toEqual(['871', '875']);
    expect(shardsFor(index, { point: ABQ }, 500)).toEqual(['871', '875', '880']);
    expect(shardsFor(index, { zip: '87101' }, 160)).toEqual(['871']);
    expect(shardsFor(index, { zip: '10001' }, 160)).toEqual([]);
    expect(shardsFor(index, { zip: '87101', point: ABQ }, 5000, 2)).toEqual(['871', '875']);
  });

  it('places shard files next to the index', () => {
    expect(shardUrl('https://cdn.example.com/dir/index.json', '871')).toBe('https://cdn.example.com/dir/871.json');
  });

  it('refuses an index that is not a version 1 directory', () => {
    expect(() => parseIndex({ version: 2, shards: {} })).toThrow(DirectoryError);
    expect(() => parseIndex('<html>')).toThrow(DirectoryError);
    expect(parseIndex({ version: 1, count: 1, shards: { '871': [1], bad: [1], '872': 'x' }, featured: [practice('f'), { id: 'broken' }] })).toEqual({
      version: 1,
      count: 1,
      shards: { '871': [1] },
      featured: [practice('f')],
    });
  });

  it('refuses a shard that is not a list of practices, and skips invalid entries', () => {
    expect(() => parseShard({})).toThrow(DirectoryError);
    expect(() => parseShard([{ id: 'x' }])).toThrow(DirectoryError);
    expect(parseShard([practice('a'), { id: 'x', url: 'javascript:alert(1)' }])).toEqual([practice('a')]);
    expect(parseShard([])).toEqual([]);
  });

  it('loads the nearby shards and removes duplicates of practices listed in several', async () => {
    const files: Record<string, unknown> = {
      'https://d.example/871.json': [practice('a'), practice('b')],
      'https://d.example/875.json': [practice('b'), practice('c')],
    };
    const fetchJson = vi.fn(async (url: string) => files[url]);
    const list = await loadNearbyPractices(index, 'https://d.example/index.json', { zip: '87101', point: ABQ }, 160, fetchJson);
    expect(list.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('rejects when any shard fails, so the caller can say so', async () => {
    const fetchJson = vi.fn(async () => {
      throw new Error('offline');
    });
    await expect(loadNearbyPractices(index, 'https://d.example/index.json', { zip: '87101' }, 160, fetchJson)).rejects.toThrow('offline');
  });
});
