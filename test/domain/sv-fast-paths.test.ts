import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsToNumber } from '../../src/domain/sv';

describe('digits read as a number', () => {
  it('give the same number on the whole-number fast path as through the decimal string', () => {
    const digits = fc.stringMatching(/^\d{0,18}$/);
    fc.assert(
      fc.property(fc.boolean(), digits, fc.stringMatching(/^\d{0,3}$/), fc.integer({ min: -3, max: 3 }), (neg, int, frac, shift) => {
        const plain = Number(`${neg ? '-' : ''}${int || '0'}.${frac || '0'}e${shift}`);
        expect(Object.is(digitsToNumber({ neg, int, frac }, shift), plain === 0 ? 0 : plain)).toBe(true);
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });
});
