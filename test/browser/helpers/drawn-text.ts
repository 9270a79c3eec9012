/**
 * Records where each canvas text is painted, so a test can check a chart's layout as a reader
 * sees it: a script for the page's <head> wraps CanvasRenderingContext2D's fillText and keeps,
 * per canvas, each text's ink box (measureText's actual bounding box, through the current
 * transform, in device pixels). A full clearRect starts a new frame, as Chart.js clears before
 * each draw, so only the last frame is kept.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface DrawnText {
  text: string;
  align: CanvasTextAlign;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const DRAWN_TEXT_RECORDER = `(() => {
  const frames = new WeakMap();
  const P = CanvasRenderingContext2D.prototype;
  const { clearRect, fillText } = P;
  P.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) frames.set(this.canvas, []);
    return clearRect.call(this, x, y, w, h);
  };
  P.fillText = function (text, x, y, ...rest) {
    const m = this.measureText(text);
    const t = this.getTransform();
    const at = (px, py) => [t.a * px + t.c * py + t.e, t.b * px + t.d * py + t.f];
    const [x1, y1] = at(x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent);
    const [x2, y2] = at(x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent);
    const box = { text: String(text), align: this.textAlign, left: Math.min(x1, x2), top: Math.min(y1, y2), right: Math.max(x1, x2), bottom: Math.max(y1, y2) };
    if (!frames.has(this.canvas)) frames.set(this.canvas, []);
    frames.get(this.canvas).push(box);
    return fillText.call(this, text, x, y, ...rest);
  };
  window.__drawnText = (id) => frames.get(document.getElementById(id)) ?? [];
})();`;

/** The texts of a canvas's last frame, and the canvas size in device pixels. */
export function drawnText(page: Page, canvasId: string): Promise<{ texts: DrawnText[]; width: number; height: number }> {
  return page.evaluate((id) => {
    const canvas = document.getElementById(id) as HTMLCanvasElement;
    const texts = (window as unknown as { __drawnText(id: string): DrawnText[] }).__drawnText(id);
    return { texts, width: canvas.width, height: canvas.height };
  }, canvasId);
}

/** Pairs of texts whose ink boxes intersect (touching edges do not count). */
export function overlaps(texts: readonly DrawnText[]): [string, string][] {
  const pairs: [string, string][] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push([a.text, b.text]);
    }
  });
  return pairs;
}

/** Every text a chart painted is legible: more than a few, no two overlapping, none cut at the canvas edge. */
export async function expectLegibleChart(page: Page, canvasId: string): Promise<void> {
  const { texts, width, height } = await drawnText(page, canvasId);
  const painted = texts.filter((t) => t.text.trim() !== '');
  expect(painted.length).toBeGreaterThan(3);
  expect(overlaps(painted)).toEqual([]);
  for (const t of painted) {
    expect(t.left, t.text).toBeGreaterThanOrEqual(0);
    expect(t.right, t.text).toBeLessThanOrEqual(width);
    expect(t.top, t.text).toBeGreaterThanOrEqual(0);
    expect(t.bottom, t.text).toBeLessThanOrEqual(height);
  }
}
