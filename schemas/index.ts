export * from './canonical.js';
export * from './document.js';
export * from './entity.js';
export * from './initiative.js';
export * from './message.js';
export * from './sentence.js';
export * from './stance.js';
export * from './summary.js';
