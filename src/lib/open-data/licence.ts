/** The terms the open data and the timeline's own text are published under: change them here. */
export const DATA_LICENCE = {
  name: 'the Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
