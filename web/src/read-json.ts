/**
 * A response body as JSON, decoded chunk by chunk as it arrives. `response.json()` decodes and
 * parses the whole body in one task: a province's scorecard (~6 MB) held the main thread for
 * 300 ms; this way each chunk's decoding is a short task and only the parse is left at the end.
 */
export async function readJson(response: Response): Promise<unknown> {
  if (!response.body) return null;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  try {
    return JSON.parse(parts.join(''));
  } catch {
    // Not JSON (a proxy's error page): the caller judges by the status alone.
    return null;
  }
}
