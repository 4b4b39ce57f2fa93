import { z } from 'astro/zod';
import { expecting, httpsUrl, text } from './fields.ts';

export const ACTOR_KINDS = {
  person: 'A named person.',
  'government-body': 'A Venezuelan state body: the presidency, a commission, the courts.',
  ngo: 'A non-governmental organisation.',
  'foreign-government': 'A government other than Venezuela’s, or its forces.',
  media: 'A news outlet or agency, when it is the one making a claim.',
} as const;

const ACTOR_KIND_NAMES = Object.keys(ACTOR_KINDS) as [keyof typeof ACTOR_KINDS, ...(keyof typeof ACTOR_KINDS)[]];

/** One actor in content/actors.yaml, under its id. */
export const actorSchema = z.strictObject(
  {
    /** The name as readers know it. */
    name: text('the name as readers know it'),
    /** person, government-body, ngo, foreign-government or media. */
    kind: z.enum(ACTOR_KIND_NAMES, expecting(`one of ${ACTOR_KIND_NAMES.join(', ')}`)),
    /** Who they are, in a few words: "President of Foro Penal". */
    role: text('who they are, in a few words').optional(),
    /** For people: the id of the organisation they speak for, if any. */
    memberOf: z.string(expecting('the id of another actor')).optional(),
    /** Their own website, https only. */
    url: httpsUrl('their website').optional(),
  },
  expecting('an actor with name and kind'),
);

export type ActorData = z.infer<typeof actorSchema>;
export type ActorKind = ActorData['kind'];
