/**
 * `Utilities.formatDate`: Java SimpleDateFormat patterns, the subset an add-in uses — yyyy yy MM
 * M dd d HH H mm ss SSS EEE Z XXX and 'quoted text'.
 */

function zonedParts(date: Date, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', weekday: 'short', hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** Minutes east of UTC at that instant in that zone. */
function offsetMinutes(date: Date, parts: Record<string, string>): number {
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`;
}

const TOKENS = /'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss|SSS|EEE|XXX|Z/g;

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = zonedParts(date, timeZone);
  const offset = offsetMinutes(date, parts);
  const values: Record<string, string> = {
    yyyy: parts.year ?? '', yy: (parts.year ?? '').slice(-2), MM: parts.month ?? '', M: String(Number(parts.month)),
    dd: parts.day ?? '', d: String(Number(parts.day)), HH: parts.hour ?? '', H: String(Number(parts.hour)),
    mm: parts.minute ?? '', ss: parts.second ?? '', SSS: String(date.getTime() % 1000).padStart(3, '0'),
    EEE: parts.weekday ?? '', XXX: formatOffset(offset, ':'), Z: formatOffset(offset, ''),
  };
  return pattern.replace(TOKENS, (token, quoted: string | undefined) => (quoted !== undefined ? quoted || "'" : (values[token] ?? token)));
}
