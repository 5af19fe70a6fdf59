/** `--group-options <json>`: partial grouping options, validated. */
import { ConfigError } from '../model/errors.js';
import { groupOptions, type GroupOptions } from '../group/grouper.js';

/** Parse and validate a JSON object of grouping option overrides. */
export function parseGroupOptions(json: string): GroupOptions {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new ConfigError(`--group-options is not valid JSON (${e instanceof Error ? e.message : String(e)}); pass an object such as '{"story":{"join":0.25}}'`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError('--group-options must be a JSON object such as \'{"story":{"join":0.25}}\'');
  }
  return groupOptions(value as Parameters<typeof groupOptions>[0]);
}
