export { extractFeatures, FeatureExtractor, type FeatureOptions } from './extract.js';
export { BackgroundRarity, Rarity } from './rarity.js';
export { DEFAULT_MINHASH, estimateContainment, estimateJaccard, minhash, shingleHashes, SignatureMismatchError, type MinHashParams, type MinHashSignature } from './minhash.js';
export { cosine, dot, sharedTerms, addVectors, normalise, toVector, EMPTY_VECTOR } from './vector.js';
export { tokenize, stem, type TokenStream } from './tokens.js';
