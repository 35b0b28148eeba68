import { announcement } from '../../src/app/ui/announcer.ts';

/** What the announcer says now: it clears first and says the message a microtask later. */
export async function said(): Promise<ReturnType<typeof announcement>> {
  await Promise.resolve();
  return announcement();
}
