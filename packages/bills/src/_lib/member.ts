import type { MemberRef } from "@civickit/core/schemas";

/** A member's fields as a source gives them, before checking. */
export interface MemberFields {
  bioguideId?: string;
  fullName?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  party?: string;
  state?: string;
  district?: string | number;
}

/** A MemberRef from whatever fields a source gives: values that are not what the schema allows are left out. */
export function toMember(f: MemberFields): MemberRef {
  const m: MemberRef = {};
  if (f.bioguideId && /^[A-Z]\d{6}$/.test(f.bioguideId)) m.bioguideId = f.bioguideId;
  const name = f.fullName ?? [f.firstName, f.middleName, f.lastName].filter(Boolean).join(" ");
  if (name) m.name = name;
  if (f.firstName) m.firstName = f.firstName;
  if (f.lastName) m.lastName = f.lastName;
  if (f.party && f.party.length <= 3) m.party = f.party;
  if (f.state && /^[A-Z]{2}$/.test(f.state)) m.state = f.state as MemberRef["state"];
  const district = typeof f.district === "number" ? f.district : f.district && /^\d+$/.test(f.district) ? Number(f.district) : undefined;
  if (district !== undefined && Number.isInteger(district) && district >= 0) m.district = district;
  return m;
}
