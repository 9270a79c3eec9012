/**
 * Small DOM helpers. Every text from the server (unit names, comments, messages) goes in as a
 * text node, never as HTML, so nothing a person typed can become markup or script.
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

type Child = Node | string | null | undefined | false;

/** Attributes by name, plus `className` and an `onClick` handler. */
type Props = Record<string, string | number | (() => void) | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'onClick') element.addEventListener('click', value as () => void);
    else if (key === 'className') element.className = String(value);
    else if (key === 'style') element.setAttribute('style', String(value));
    else if (value !== undefined) element.setAttribute(key, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}

/** Fills every `[data-t]` element with the word of that key. */
export function translate(words: Record<string, string>): void {
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((element) => {
    const word = words[element.dataset.t ?? ''];
    if (word !== undefined) element.textContent = word;
  });
}

export function pageLang(): 'vi' | 'en' {
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Shows a message in a status line; `kind` colours it. */
export function say(target: HTMLElement, message: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  target.textContent = message;
  target.className = `status ${kind}`;
}

/** Disables the buttons while `work` runs, so nothing is sent twice by a double click. */
export async function busy<T>(buttons: HTMLButtonElement[], work: () => Promise<T>): Promise<T> {
  buttons.forEach((b) => (b.disabled = true));
  try {
    return await work();
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}
