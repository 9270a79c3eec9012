/**
 * Building DOM nodes without HTML strings: text always goes in through textContent or text
 * nodes, so a unit or plan name can never become markup. Styles go through the CSSOM, which the
 * page's CSP (no inline styles) allows.
 */
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | Partial<CSSStyleDeclaration> | ((event: Event) => void)>;

/** `el('p', { class: 'x', text: name })`; children may be nodes or strings (added as text). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = String(value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'style') Object.assign(node.style, value);
    else if (typeof value === 'function') node.addEventListener(key.replace(/^on/, ''), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...present(children));
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node as T;
}

/** Replaces an element's content with the given children. */
export function fill(node: Element, ...children: (Child | Child[])[]): void {
  node.replaceChildren(...present(children));
}

function present(children: (Child | Child[])[]): (Node | string)[] {
  return children.flat().filter((child): child is Node | string => child !== null && child !== undefined && child !== false);
}

/** Black or white, whichever reads better on a `#rrggbb` background (WCAG relative luminance). */
export function textColorOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05: equal at L ≈ 0.179.
  return luminance > 0.179 ? '#111' : '#fff';
}
