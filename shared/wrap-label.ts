/**
 * Chart.js draws an array label as lines, but never wraps a string: a long KPI or unit name is
 * cut at the edge of a narrow canvas (a 300 px sidebar, a phone). Both the add-in's sidebar and
 * the leadership page wrap names with this one function before drawing. Self-contained on
 * purpose: the local stack serves its source to the page, which has no bundler.
 */
export function wrapLabel(label: unknown, width: number): unknown {
  if (typeof label !== 'string' || label.length <= width) return label;
  const lines = [''];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + word.length + 1 > width) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines;
}
