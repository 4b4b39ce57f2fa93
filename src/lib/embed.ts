/** The message an embedded page sends to the page around its iframe: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'venezuela-amnesty-timeline:height';
