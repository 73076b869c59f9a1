import type { SentimentLabel } from "@/lib/results/types";

// Okabe–Ito colours: told apart with every common colour-vision deficiency, and each at least 3:1 against white
// (the contrast WCAG asks of chart marks). Neutral is a mid grey, darker than Okabe–Ito's light grey for that reason.
export const SENTIMENT_COLOR: Record<SentimentLabel, string> = {
  negative: "#D55E00", // vermillion
  neutral: "#8A8A8A",
  positive: "#009E73", // bluish green
};

export const BALANCE_COLOR = "#000000";

/** One colour per compared search (up to four). */
export const SERIES_COLORS = ["#0072B2", "#E69F00", "#CC79A7", "#009E73"] as const;

export const SENTIMENT_LABELS: SentimentLabel[] = ["negative", "neutral", "positive"];

export const LABEL_TEXT: Record<SentimentLabel | "off_topic", string> = {
  negative: "Negative",
  neutral: "Neutral",
  positive: "Positive",
  off_topic: "Off-topic",
};

/** Chart text at the size of the page's small print (Recharts defaults to 14–16 px). */
export const CHART_TEXT = { fontSize: 12 } as const;

/** Tooltip text in body-text colours: Recharts paints each line in its series colour, and the light ones (neutral
 * grey, orange, green) fall under the 4.5:1 text needs on the white tooltip. The series' name says which is which. */
export const TOOLTIP_TEXT = {
  contentStyle: { ...CHART_TEXT, color: "#334155" },
  itemStyle: { color: "#334155" },
  labelStyle: { color: "#0f172a", fontWeight: 600 },
} as const;
