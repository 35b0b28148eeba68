import type { Device } from '../../../shared/schemas/records.ts';
import { thisDeviceName } from '../../core/db/device-names.ts';
import type { LocalStore } from '../../core/db/store.ts';

/**
 * Name this device, or rename it: one record names it, in this device's owner scope, so the name
 * reaches the facilitator's other devices with their next sync. A name unchanged is not written again.
 */
export async function nameThisDevice(store: LocalStore, name: string): Promise<Device> {
  const mine = await thisDeviceName(store);
  if (mine?.name === name) return mine;
  return mine ? store.repos.device.update(mine.id, { name }) : store.repos.device.create({ namedDeviceId: store.deviceId, name }, store.ownerId);
}

export type DeviceKind = 'phone' | 'tablet' | 'computer';

/**
 * What kind of device this is, from what its browser says: the name suggested until one is given.
 * An iPad says it is a Mac, but a Mac has no touch screen.
 */
export function deviceKind(userAgent: string, touchPoints: number): DeviceKind {
  if (/iPad|Tablet/i.test(userAgent) || (/Android/i.test(userAgent) && !/Mobile/i.test(userAgent)) || (/Macintosh/.test(userAgent) && touchPoints > 1)) return 'tablet';
  return /Mobi|iPhone|Android/i.test(userAgent) ? 'phone' : 'computer';
}
