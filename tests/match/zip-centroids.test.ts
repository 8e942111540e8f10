import { describe, expect, it, vi } from 'vitest';
import { centroidIn, createZipLookup, zipShardUrl } from '../../src/match/zip-centroids';

const shard871 = { '01': [35.097, -106.643], '24': [35.27, -106.796] };

describe('ZIP centroid lookup', () => {
  it('fetches the ZIP3 file next to the base address', () => {
    expect(zipShardUrl('https://cdn.example.com/tq/zips', '87101')).toBe('https://cdn.example.com/tq/zips/871.json');
    expect(zipShardUrl('https://cdn.example.com/tq/zips/', '87101')).toBe('https://cdn.example.com/tq/zips/871.json');
  });

  it('finds a ZIP in its shard and fetches each shard once', async () => {
    const fetchJson = vi.fn(async () => shard871);
    const lookup = createZipLookup('https://x.example/zips/', fetchJson);
    expect(await lookup('87101')).toEqual({ lat: 35.097, lng: -106.643 });
    expect(await lookup('87124')).toEqual({ lat: 35.27, lng: -106.796 });
    expect(fetchJson).toHaveBeenCalledTimes(1);
    expect(fetchJson).toHaveBeenCalledWith('https://x.example/zips/871.json');
  });

  it('answers undefined for an unknown or malformed ZIP without fetching nonsense', async () => {
    const fetchJson = vi.fn(async () => shard871);
    const lookup = createZipLookup('https://x.example/zips/', fetchJson);
    expect(await lookup('87199')).toBeUndefined();
    expect(await lookup('8710')).toBeUndefined();
    expect(await lookup('../../x')).toBeUndefined();
    expect(fetchJson).toHaveBeenCalledTimes(1);
  });

  it('rejects when the table cannot be fetched, and tries again next time', async () => {
    const fetchJson = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(shard871);
    const lookup = createZipLookup('https://x.example/zips/', fetchJson);
    await expect(lookup('87101')).rejects.toThrow('offline');
    expect(await lookup('87101')).toEqual({ lat: 35.097, lng: -106.643 });
  });

  it('treats a malformed shard as not knowing the ZIP', () => {
    expect(centroidIn([], '87101')).toBeUndefined();
    expect(centroidIn({ '01': ['35', -106] }, '87101')).toBeUndefined();
    expect(centroidIn({ '01': [135, -106] }, '87101')).toBeUndefined();
    expect(centroidIn(null, '87101')).toBeUndefined();
  });
});
