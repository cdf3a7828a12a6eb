import type { DischargeReason, HearingType, PlacementSetting } from '@hearth/core';
import type { Rng } from './random.ts';
import type { RaceKey } from './seed-distributions.ts';

// The generator's in-memory picture of the jurisdiction and of the family being generated: what later
// steps need to know about rows already buffered (ids, dates, who is placed where).

export type Provider = { id: string; kind: string; county: string; caregivers: string[] };
export type Court = { id: string; county: string; code: string; courtroomIds: string[]; judges: number[] };
export type Judge = { id: string; court: number; courtroomId: string };
export type Unit = { id: string; county: string; caseworkers: string[] };
export type Parent = { personId: string; language: string; needsInterpreter: boolean };

export type Kid = {
  childId: string;
  personId: string;
  birth: number;
  turns14: number;
  turns16: number;
  turns18: number;
  isIndian: boolean;
};

export type Family = {
  rng: Rng;
  county: string;
  court: number;
  judge: number;
  race: RaceKey;
  surname: string;
  parents: Parent[];
  relative: Provider | null;
  kids: Kid[];
  entries: number;
};

export type Placement = {
  setting: PlacementSetting;
  provider: Provider | null;
  start: number;
  end: number | null;
};

/** One child's episode in one entry of the family. */
export type Episode = {
  kid: Kid;
  removalId: string;
  removal: number;
  /** The day the child leaves (or will leave) care; after today it is not yet known to the record. */
  plannedDischarge: number;
  reason: DischargeReason;
  discharge: number | null;
  adjudication: number | null;
  placements: Placement[];
};

export type HearingPlan = {
  type: HearingType;
  day: number;
  status: 'held' | 'continued' | 'scheduled';
  id: string;
};
