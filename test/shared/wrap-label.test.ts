import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../shared/charts/wrap-label.js';

const NAME = 'Phòng Nông nghiệp và Phát triển nông thôn'; // 41 characters

describe('wrapLabel', () => {
  it('leaves a label that fits, and anything that is not text, as it is', () => {
    expect(wrapLabel('Xã Đại Sơn', 20)).toBe('Xã Đại Sơn');
    expect(wrapLabel(42, 1)).toBe(42);
  });

  it('breaks at spaces into lines of at most `width` characters', () => {
    // "Phòng Nông nghiệp và" is 20 characters; adding " Phát" would make 25.
    expect(wrapLabel(NAME, 20)).toEqual(['Phòng Nông nghiệp và', 'Phát triển nông thôn']);
  });

  it('ends the last allowed line in "…" when the name needs more lines', () => {
    // Width 12: "Phòng Nông", "nghiệp và", "Phát triển", "nông thôn". With two lines, the second
    // takes the rest's first word, "nghiệp và Phát" (14), cut to 11 characters plus "…" = 12.
    expect(wrapLabel(NAME, 12)).toEqual(['Phòng Nông', 'nghiệp và', 'Phát triển', 'nông thôn']);
    expect(wrapLabel(NAME, 12, { maxLines: 2 })).toEqual(['Phòng Nông', 'nghiệp và P…']);
  });

  it('measures with the caller\'s function, e.g. pixels of a canvas font', () => {
    // A stand-in font where each character is 6 px wide: 120 px hold 20 characters.
    const measure = (text: string) => text.length * 6;
    expect(wrapLabel(NAME, 120, { measure })).toEqual(['Phòng Nông nghiệp và', 'Phát triển nông thôn']);
  });

  it('cuts a single word wider than the line', () => {
    expect(wrapLabel('Supercalifragilistic name', 10)).toEqual(['Supercali…', 'name']);
  });
});
