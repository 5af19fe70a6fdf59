/** Named entities (people, organisations, places) and numbers in articles. */
export { extractEntities, extractEntitiesFromText } from './extract-entities.js';
export type { EntityMention, Entity, EntityType, NumberMention } from '../../model/entity.js';
export { extractNumbers, extractNumbersFromText } from './extract-numbers.js';
export { mergeEntities } from './merge-entities.js';
