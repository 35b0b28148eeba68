// What other features may use of frameworks: everything else in this folder is its own.
export { frameworkLabels } from './framework-labels.ts';
export { FrameworkOrigin } from './FrameworkOrigin.tsx';
export { adaptedFrameworkRecord, frameworkHere, knownFrameworks, resolveFramework } from './resolve.ts';
