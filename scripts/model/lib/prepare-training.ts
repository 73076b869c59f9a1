import { SENTIMENT_LABELS } from "@/lib/sentiment/labels";
import type { BuildSettings } from "./build-model";
import { buildLexiconExamples } from "./build-lexicon-examples";
import { buildTokenizer } from "./build-tokenizer";
import { computeNbScale } from "./compute-nb-scale";
import { extractFeatures, featureCount, type FeatureSpec } from "./extract-features";
import { encodeTexts, loadTokenizer, splitWords } from "./load-tokenizer";
import type { LabelledText } from "./read-goemotions";
import { readVaderLexicon } from "./read-vader-lexicon";
import { selectLexiconWords } from "./select-lexicon-words";
import { trainLinear, type Example, type TrainLinearOptions } from "./train-linear";

// Everything between the labelled rows and trainLinear, shared by the build and the holdout tuning so both train
// exactly the same thing: tokenizer, features, lexicon pseudo-examples and NB feature scale.
export function prepareTraining({ train, holdout, settings }: { train: LabelledText[]; holdout: LabelledText[]; settings: BuildSettings }) {
  // A tokenizer without vocabulary gives the normalized, pre-tokenized words the vocabulary is counted from.
  const squeezeRepeats = settings.squeezeRepeats;
  const bare = loadTokenizer(buildTokenizer({ words: [], maxWords: 0, maxLength: settings.maxLength, squeezeRepeats }));
  const words = train.map((r) => splitWords(bare, r.text));
  const lexicon = settings.lexiconWeight > 0 ? readVaderLexicon() : undefined;
  const extraWords = lexicon ? selectLexiconWords({ entries: lexicon.entries, bare, minValence: settings.lexiconMinValence }) : [];
  const tokenizerFiles = buildTokenizer({ words, maxWords: settings.maxWords, maxLength: settings.maxLength, extraWords, squeezeRepeats });
  const tokenizer = loadTokenizer(tokenizerFiles);
  const spec: FeatureSpec = {
    vocabSize: tokenizerFiles.vocabSize,
    buckets: settings.buckets,
    prime: settings.prime,
    negationIds: settings.negation ? tokenizerFiles.negationIds : [0, 0],
    scopeEndIds: tokenizerFiles.scopeEndIds,
    trigrams: settings.trigrams,
  };
  const featurize = (list: LabelledText[]): Example[] =>
    encodeTexts(tokenizer, list.map((r) => r.text)).map((ids, i) => ({
      ...extractFeatures(ids, spec),
      label: SENTIMENT_LABELS.indexOf(list[i]!.label),
    }));
  const trainRows = featurize(train);
  const holdoutRows = featurize(holdout);
  const features = featureCount(spec);
  const classes = SENTIMENT_LABELS.length;
  // the NB ratios come from the real comments only; lexicon-only features stay unscaled
  const featureScale =
    settings.nbMix > 0 ? computeNbScale({ examples: trainRows, features, classes, alpha: settings.nbAlpha, mix: settings.nbMix }) : undefined;
  const wordCounts = new Map<string, number>();
  for (const list of words) for (const w of list) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const lexiconRows = lexicon
    ? buildLexiconExamples({
        entries: lexicon.entries, tokenizer, spec, wordCounts,
        weight: settings.lexiconWeight, minValence: settings.lexiconMinValence, maxCount: settings.lexiconMaxCount,
      })
    : [];
  return {
    tokenizerFiles, tokenizer, spec, features, classes, featureScale,
    trainRows, holdoutRows, lexiconRows, lexiconBytes: lexicon?.bytes, lexiconWords: extraWords.length,
  };
}

/** trainLinear on prepared data with the settings' optimizer options: the one training call of build and tuning. */
export function trainPrepared(options: {
  prepared: Pick<ReturnType<typeof prepareTraining>, "features" | "classes" | "featureScale" | "trainRows" | "lexiconRows">;
  settings: BuildSettings;
  onIteration?: TrainLinearOptions["onIteration"];
}) {
  const { prepared, settings } = options;
  return trainLinear({
    examples: [...prepared.trainRows, ...prepared.lexiconRows],
    features: prepared.features,
    classes: prepared.classes,
    featureScale: prepared.featureScale,
    iterations: settings.iterations,
    l2: settings.l2,
    learningRate: settings.learningRate,
    balanceClasses: true,
    onIteration: options.onIteration,
  });
}
