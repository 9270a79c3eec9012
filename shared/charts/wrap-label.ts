/**
 * Chart.js draws an array label as lines, but never wraps a string: a long KPI or unit name is
 * cut at the edge of a narrow canvas (a 300 px sidebar, a phone). Both the add-in's sidebar and
 * the leadership page wrap names with this one function before drawing.
 *
 * `width` is in the units of `measure`: characters by default, pixels when the caller measures
 * with its canvas. Past `maxLines`, the last line ends in "…" (the caller shows the full name
 * elsewhere, e.g. in the tooltip); so does a single word wider than `width`.
 */
export function wrapLabel(label: unknown, width: number, options?: { maxLines?: number; measure?: (text: string) => number }): unknown {
  const measure = options?.measure ?? ((text: string) => text.length);
  if (typeof label !== 'string' || measure(label) <= width) return label;
  const lines = [''];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    const joined = lines[last] ? `${lines[last]} ${word}` : word;
    if (lines[last] && measure(joined) > width) lines.push(word);
    else lines[last] = joined;
  }
  const maxLines = options?.maxLines ?? lines.length;
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  return kept.map((line, i) => {
    const cut = i === maxLines - 1 && lines.length > maxLines;
    if (!cut && measure(line) <= width) return line;
    let shorter = line;
    while (shorter.length > 1 && measure(`${shorter}…`) > width) shorter = shorter.slice(0, -1);
    return `${shorter.trimEnd()}…`;
  });
}
