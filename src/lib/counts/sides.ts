import type { Actor } from '../model.ts';

/** Whose number it is, in the terms that matter to the dispute. */
export type Side = 'government' | 'ngo' | 'media' | 'foreign' | 'other';

const SIDE_OF_KIND: Record<Actor['kind'], Side | undefined> = {
  'government-body': 'government',
  ngo: 'ngo',
  media: 'media',
  'foreign-government': 'foreign',
  person: undefined,
};

/** A person speaks for the organisation they belong to: Jorge Arreaza's figure is the government's. */
export function claimantSide(actor: Actor, actors: ReadonlyMap<string, Actor>): Side {
  const own = SIDE_OF_KIND[actor.kind];
  if (own) return own;
  const organisation = actor.memberOf ? actors.get(actor.memberOf) : undefined;
  return (organisation && SIDE_OF_KIND[organisation.kind]) ?? 'other';
}
