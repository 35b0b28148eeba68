// Answers handed from a phone to the facilitator's tablet with no network: by an animated code the
// tablet's camera reads, or by a shared file. Loaded only where used, so none of it (the code's
// packing, the camera, the reader) weighs on the first screen.
export { HandInPanel } from './HandInPanel.tsx';
export { ScanAnswersPanel } from './ScanAnswersPanel.tsx';
export { FrameworkCodePanel } from './FrameworkCodePanel.tsx';
export { FrameworkScanPanel } from './FrameworkScanPanel.tsx';
