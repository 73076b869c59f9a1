// The queue screen's shortcuts, listed once: the overlay (?) and the guidelines page show this table.
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ["1"], action: "Negative" },
  { keys: ["2"], action: "Neutral" },
  { keys: ["3"], action: "Positive" },
  { keys: ["Enter"], action: "Accept the model's label" },
  { keys: ["s"], action: "Skip (it comes back after the others)" },
  { keys: ["o"], action: "Off-topic (the keyword means something else here)" },
  { keys: ["u"], action: "Undo my last answer" },
  { keys: ["k"], action: "Previous item (change an answer)" },
  { keys: ["j"], action: "Next item" },
  { keys: ["g"], action: "Guidelines" },
  { keys: ["?"], action: "This list" },
];
