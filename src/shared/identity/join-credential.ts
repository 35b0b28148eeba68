/**
 * Credentials a device syncs with: an access key (`wcf_…` facilitator, `wcc_…` coordinator) issued
 * by the server's administrator, or a workshop's join link for participants. A join credential
 * names its workshop, so the server checks that the token opens that workshop and no other.
 */
export const JOIN_PREFIX = 'wcj_';

export function joinCredential(workshopId: string, token: string): string {
  return `${JOIN_PREFIX}${workshopId.replaceAll('-', '')}_${token}`;
}

/** The workshop and token of a join credential; `workshopId` is absent in the older form `wcj_<token>`. */
export function parseJoinCredential(credential: string): { workshopId?: string; token: string } | undefined {
  if (!credential.startsWith(JOIN_PREFIX)) return undefined;
  const m = /^wcj_([0-9a-f]{32})_([a-z2-7]{26,64})$/.exec(credential);
  if (m) {
    const h = m[1]!;
    return { workshopId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`, token: m[2]! };
  }
  const legacy = /^wcj_([A-Za-z0-9]{10,96})$/.exec(credential);
  return legacy ? { token: legacy[1]! } : undefined;
}
