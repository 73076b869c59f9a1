import type { Locator } from "@playwright/test";

export type Contrast = { ratio: number; text: string };

/**
 * The lowest WCAG contrast ratio of the text inside `scope` (itself included): each visible element with text of its
 * own against the first background colour behind it. Colours are read back through a canvas, so whatever CSS colour
 * syntax the browser computes (rgb, lab, oklch) is measured alike. Text hidden from everyone (aria-hidden) is left out.
 */
export async function lowestTextContrast(scope: Locator): Promise<Contrast> {
  const found = await scope.evaluateAll((roots) => {
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const luminance = (color: string) => {
      const [r, g, b] = rgba(color).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const backgroundOf = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        if (rgba(color)[3]! > 0) return color;
      }
      return "#ffffff";
    };
    const results: { ratio: number; text: string }[] = [];
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll("*")]) {
        const ownText = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? "").join("").trim();
        if (!ownText || element.closest("[aria-hidden=true]") || !(element as HTMLElement).checkVisibility?.()) continue;
        const text = luminance(getComputedStyle(element).color);
        const background = luminance(backgroundOf(element));
        results.push({ ratio: (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05), text: ownText });
      }
    }
    return results;
  });
  return found.reduce((lowest, next) => (next.ratio < lowest.ratio ? next : lowest), { ratio: Infinity, text: "" });
}
