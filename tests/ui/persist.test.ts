// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearProgress, loadProgress, saveProgress } from '../../src/ui/persist';
import { emptyProgress, type Progress } from '../../src/ui/state';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

const saved: Progress = { step: 'safety', areas: ['forehead', 'lips'], appearance: { forehead: 'at-rest' }, safety: ['cold-sores'], none: false, age: '18-to-21' };

describe('progress in sessionStorage', () => {
  it('round-trips what the visitor answered', () => {
    saveProgress('k', saved);
    expect(loadProgress('k')).toEqual(saved);
    clearProgress('k');
    expect(loadProgress('k')).toBeUndefined();
  });

  it('keeps only ids the quiz knows from tampered or stale data', () => {
    sessionStorage.setItem(
      'k',
      JSON.stringify({ step: 'nowhere', areas: ['lips', 'toes', 3], appearance: { lips: 'sideways', forehead: 'at-rest', toes: 'at-rest' }, safety: ['x', 'cold-sores', 'under-18'], none: 'yes', age: 'ancient' }),
    );
    // An age flag in the list (an older save) is dropped: age is its own answer now.
    expect(loadProgress('k')).toEqual({ step: 'intro', areas: ['lips'], appearance: { forehead: 'at-rest' }, safety: ['cold-sores'], none: false });
  });

  it('sends a saved step past the areas back to the areas when no area survived', () => {
    sessionStorage.setItem('k', JSON.stringify({ step: 'result', areas: [] }));
    expect(loadProgress('k')?.step).toBe('areas');
  });

  it('ignores broken JSON', () => {
    sessionStorage.setItem('k', '{not json');
    expect(loadProgress('k')).toBeUndefined();
  });

  it('tolerates storage that throws (blocked or full) without throwing itself', () => {
    const fail = () => {
      throw new Error('QuotaExceededError');
    };
    vi.spyOn(window, 'sessionStorage', 'get').mockReturnValue({ getItem: fail, setItem: fail, removeItem: fail } as unknown as Storage);
    expect(() => saveProgress('k', emptyProgress)).not.toThrow();
    expect(loadProgress('k')).toBeUndefined();
    expect(() => clearProgress('k')).not.toThrow();
  });

  it('round-trips on a page whose Array.prototype.toJSON was replaced (Prototype.js)', () => {
    const proto = Array.prototype as { toJSON?: () => string };
    proto.toJSON = function (this: unknown[]) {
      return `[${this.map(String).join(', ')}]`; // what Prototype.js does: a list becomes text
    };
    try {
      saveProgress('k', saved);
      expect(loadProgress('k')).toEqual(saved);
      expect(proto.toJSON).toBeTypeOf('function'); // the page's own addition is left in place
    } finally {
      delete proto.toJSON;
    }
  });

  it('still round-trips when that toJSON is not configurable', () => {
    const proto = Array.prototype as { toJSON?: () => string };
    // A non-configurable toJSON could not be removed after the test, so it sits on a prototype
    // of its own between the list and Array.prototype: the same lookup, the same pollution.
    const list = Object.setPrototypeOf(['forehead', 'lips'], Object.create(Array.prototype, { toJSON: { value: () => 'oops', configurable: false } })) as unknown[];
    saveProgress('k', { ...saved, areas: list as Progress['areas'] });
    expect(loadProgress('k')?.areas).toEqual(['forehead', 'lips']);
    expect(proto.toJSON).toBeUndefined();
  });

  it('tolerates a window whose sessionStorage getter throws', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(() => saveProgress('k', saved)).not.toThrow();
    expect(loadProgress('k')).toBeUndefined();
  });
});
