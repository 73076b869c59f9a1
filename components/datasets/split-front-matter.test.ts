import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/components/datasets/split-front-matter";

describe("splitFrontMatter", () => {
  it("separates the YAML header from the Markdown body", () => {
    const card = "---\nlicense: other\ntask_categories:\n- text-classification\n---\n# postmood v3\n\nText.";
    expect(splitFrontMatter(card)).toEqual({
      yaml: "license: other\ntask_categories:\n- text-classification",
      body: "# postmood v3\n\nText.",
    });
  });

  it("accepts Windows line ends and a header with nothing after it", () => {
    expect(splitFrontMatter("---\r\na: 1\r\n---\r\nbody")).toEqual({ yaml: "a: 1", body: "body" });
    expect(splitFrontMatter("---\na: 1\n---")).toEqual({ yaml: "a: 1", body: "" });
  });

  it("leaves a card without a header, or with a rule further down, as it is", () => {
    expect(splitFrontMatter("# Title\n\n---\n\nmore")).toEqual({ yaml: null, body: "# Title\n\n---\n\nmore" });
    expect(splitFrontMatter("---\nunterminated")).toEqual({ yaml: null, body: "---\nunterminated" });
  });
});
