/**
 * Places labels along one axis so that none overlaps: each wants to sit at `target` and is
 * `size` tall; they keep their order and are pushed apart as little as possible, within [min, max].
 * Returns the position of each label's centre, in the input order.
 */
export function dodgeLabels(labels: readonly { target: number; size: number }[], min: number, max: number): number[] {
  const order = labels.map((label, index) => ({ ...label, index })).sort((a, b) => a.target - b.target || a.index - b.index);
  // Clusters of labels that touch are placed as blocks centred on their targets' mean, then merged
  // with the block before them while they overlap (the classic "beeswarm on a line" pass).
  type Block = { start: number; size: number; weight: number; sum: number; members: typeof order };
  const blocks: Block[] = [];
  for (const label of order) {
    let block: Block = { start: label.target - label.size / 2, size: label.size, weight: 1, sum: label.target - label.size / 2, members: [label] };
    for (;;) {
      const before = blocks.at(-1);
      if (!before || before.start + before.size <= block.start) break;
      blocks.pop();
      const members = [...before.members, ...block.members];
      // Each member's offset within the merged block, so the block's ideal start is the mean of target - offset.
      let offset = 0;
      let sum = 0;
      for (const member of members) {
        sum += member.target - member.size / 2 - offset;
        offset += member.size;
      }
      block = { start: sum / members.length, size: before.size + block.size, weight: members.length, sum, members };
    }
    blocks.push(block);
  }
  const positions = new Array<number>(labels.length);
  // Keep the whole stack inside [min, max]: shift from the bottom, then from the top.
  let floor = min;
  const placed: { index: number; start: number; size: number }[] = [];
  for (const block of blocks) {
    let start = Math.max(block.start, floor);
    for (const member of block.members) {
      placed.push({ index: member.index, start, size: member.size });
      start += member.size;
    }
    floor = start;
  }
  let ceiling = max;
  for (let i = placed.length - 1; i >= 0; i--) {
    const item = placed[i]!;
    item.start = Math.min(item.start, ceiling - item.size);
    ceiling = item.start;
  }
  for (const item of placed) positions[item.index] = item.start + item.size / 2;
  return positions;
}
