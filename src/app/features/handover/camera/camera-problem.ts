/** Why the camera is not showing, as the scanner tells it: each has its own words. */
export type CameraProblem = 'refused' | 'missing' | 'busy' | 'unsupported' | 'failed';

const BY_NAME: Record<string, CameraProblem> = {
  NotAllowedError: 'refused',
  SecurityError: 'refused',
  PermissionDeniedError: 'refused',
  NotFoundError: 'missing',
  DevicesNotFoundError: 'missing',
  OverconstrainedError: 'missing',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
};

/** getUserMedia's rejection (a DOMException, or older browsers' names) as a problem a person can act on. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
  // An insecure page has no navigator.mediaDevices; calling through it throws a TypeError.
  return BY_NAME[name] ?? (name === 'TypeError' ? 'unsupported' : 'failed');
}
