// What other features may use of frameworks: everything else in this folder is its own.
export { frameworkLabels } from './framework-labels.ts';
export { knownFrameworks, resolveFramework } from './resolve.ts';
