import { page } from 'vitest/browser';

/*
 * What an element looks like, pixel by pixel: a screenshot of it (Chromium through Playwright)
 * decoded on a canvas. For drawing that has no element of its own to measure (StarRating's stars
 * are pseudo-elements), this is how a test sees what a reader sees.
 */

export type Rgb = readonly [number, number, number];

/** The element as drawn, at device pixels (1 per CSS pixel in the browser tests). */
export async function capture(element: Element): Promise<ImageData> {
  const base64 = await page.screenshot({ element, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** A computed CSS colour ("rgb(180, 83, 9)") as numbers. */
export function rgbOf(color: string): Rgb {
  const [r = 0, g = 0, b = 0] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}

const near = (data: Uint8ClampedArray, i: number, [r, g, b]: Rgb, tolerance: number) =>
  Math.abs(data[i]! - r) <= tolerance && Math.abs(data[i + 1]! - g) <= tolerance && Math.abs(data[i + 2]! - b) <= tolerance;

/** The columns (x from the left edge) holding at least one pixel of `color`, sorted. */
export function columnsOf(image: ImageData, color: Rgb, tolerance = 24): number[] {
  const columns: number[] = [];
  for (let x = 0; x < image.width; x++) {
    for (let y = 0; y < image.height; y++) {
      if (near(image.data, (y * image.width + x) * 4, color, tolerance)) {
        columns.push(x);
        break;
      }
    }
  }
  return columns;
}

/** The columns holding any pixel that is not `background`: where something is drawn. */
export function inkColumns(image: ImageData, background: Rgb, tolerance = 24): number[] {
  const columns: number[] = [];
  for (let x = 0; x < image.width; x++) {
    for (let y = 0; y < image.height; y++) {
      if (!near(image.data, (y * image.width + x) * 4, background, tolerance)) {
        columns.push(x);
        break;
      }
    }
  }
  return columns;
}

/** Number of pixels of `color`. */
export function countOf(image: ImageData, color: Rgb, tolerance = 24): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) if (near(image.data, i, color, tolerance)) n++;
  return n;
}

/** WCAG 2 relative luminance and contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = rgbOf(color).map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
