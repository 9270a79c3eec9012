/**
 * The name of a file the API answers (the exports), read from its Content-Disposition; the server
 * writes it twice (functions/http/respond.ts, RFC 6266): `filename*` in UTF-8 for the Vietnamese
 * name, `filename` in ASCII for old clients. The page and the add-in save the file under it.
 */
export function fileNameOf(disposition: string | null | undefined): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape: the ASCII name, if any.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(disposition)?.[1] ?? null;
}
