import { isMap, isNode, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FieldPath } from './problems.ts';

/**
 * Source offset of the node a field path names. An unknown key is best shown at the key itself
 * (`at: 'key'`); a field that is missing altogether is shown at the closest enclosing node.
 */
export function fieldOffset(doc: Document, path: FieldPath, at: 'key' | 'value'): number | undefined {
  let node: Node | null = doc.contents;
  if (!node) return undefined;
  for (const [index, segment] of path.entries()) {
    let child: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isNode(pair.key)) break;
      if (at === 'key' && index === path.length - 1) return pair.key.range?.[0];
      // `title:` with nothing after it has no value node; its key is the best place.
      child = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      child = node.items[segment];
    }
    if (!isNode(child)) break;
    node = child;
  }
  return node.range?.[0];
}
