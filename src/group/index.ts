export { Grouper, groupOptions, DEFAULT_GROUP_OPTIONS, type GroupOptions } from './grouper.js';
export { CopyIndex, DEFAULT_COPY_OPTIONS, type CopyOptions, type CopyMatch } from './copy-index.js';
export { StoryIndex, type StoryIndexOptions } from './story-index.js';
export { scoreProfiles, type Profile, type ScoreOptions, type Score } from './profile.js';
