import type { Device } from '../../../shared/schemas/records.ts';
import type { LocalStore } from './store.ts';

/**
 * The names facilitators gave their devices, by device id. A device named twice (two tabs, or two
 * devices naming it at once) goes by its latest name, whichever record holds it.
 */
export function namesByDevice(devices: readonly Device[]): ReadonlyMap<string, string> {
  const latest = new Map<string, Device>();
  for (const d of devices) {
    const seen = latest.get(d.namedDeviceId);
    if (!seen || seen.updatedAt < d.updatedAt) latest.set(d.namedDeviceId, d);
  }
  return new Map([...latest].map(([id, d]) => [id, d.name]));
}

/** The record that names this device, the latest when there are two; undefined while it has no name. */
export async function thisDeviceName(store: LocalStore): Promise<Device | undefined> {
  const mine = (await store.repos.device.list()).filter((d) => d.namedDeviceId === store.deviceId);
  return mine.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}
