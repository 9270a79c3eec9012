/**
 * Text as a search compares it: lower case, without Vietnamese tone and vowel marks, "đ" as "d",
 * single spaces. A reader typing on a keyboard without Vietnamese input writes "tu ky" for "Tứ Kỳ".
 */
export function foldForSearch(text: string): string {
  return (
    text
      // NFD splits "ứ" into "u" and its marks; "đ" is a letter of its own and has no decomposition.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}
