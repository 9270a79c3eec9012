/**
 * What is on screen, kept in the address (`?plan=…&period=…&scope=group:…`) so that a link
 * opens the same view. Replaced in place, not pushed: switching views leaves no trail of history
 * entries for the back button to walk through.
 */
export interface ViewLink {
  plan: string | null;
  period: string | null;
  scope: string | null;
}

const KEYS = ['plan', 'period', 'scope'] as const;

export function readViewLink(): ViewLink {
  const params = new URLSearchParams(location.search);
  return { plan: params.get('plan') || null, period: params.get('period') || null, scope: params.get('scope') || null };
}

export function writeViewLink(view: ViewLink): void {
  const params = new URLSearchParams(location.search);
  for (const key of KEYS) {
    const value = view[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}
