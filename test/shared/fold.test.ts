/** Search folding: what a reader types without Vietnamese input finds the name as written. */
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../shared/words/fold.js';

describe('foldForSearch', () => {
  it('drops tone and vowel marks and lowers the case: "Tứ Kỳ" → "tu ky"', () => {
    expect(foldForSearch('Tứ Kỳ')).toBe('tu ky');
    expect(foldForSearch('Thị trấn Tứ Kỳ')).toBe('thi tran tu ky');
    // ư = u + horn, ờ = o + horn + grave, ữ = u + horn + tilde.
    expect(foldForSearch('Phường Ngữ Hờ')).toBe('phuong ngu ho');
  });

  it('writes đ and Đ, which do not decompose, as d', () => {
    expect(foldForSearch('Xã Đại Sơn')).toBe('xa dai son');
    expect(foldForSearch('Phòng Tư pháp Đồng Đăng')).toBe('phong tu phap dong dang');
  });

  it('keeps codes as they are, lower case, and squeezes spaces', () => {
    expect(foldForSearch('  XA-DAI-SON   u-2024 ')).toBe('xa-dai-son u-2024');
    expect(foldForSearch('')).toBe('');
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(foldForSearch('Ky\u0300')).toBe('ky');
    expect(foldForSearch('K\u1ef3')).toBe('ky');
  });
});
