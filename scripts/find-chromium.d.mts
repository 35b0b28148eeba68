/** Path of a Chromium for browser tests; installs Debian's package on Debian as root when none is found. */
export function findChromium(opts?: { install?: boolean }): Promise<string>;
