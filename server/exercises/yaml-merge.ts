import {
  isMap,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { arrange, isDefault, isPlainObject, orderedKeys, type Layout } from './yaml-layout.ts';

/**
 * Changes the parsed document in place to hold `value`: nodes whose value stays keep their
 * comments and style, new keys go where the layout puts them, list items are matched by `id`.
 */
export function mergeIntoDocument(doc: Document, value: unknown, layout: Layout): void {
  doc.contents = merge(doc, doc.contents, value, layout) as Document['contents'];
}

// A short list of one-line texts reads best inline, as in the spec: `tags: [bürger, e-mail]`.
const INLINE_LIST_WIDTH = 60;

/** A node for new data: keys in layout order, defaults left out, short lists inline. */
export function createNode(doc: Document, value: unknown, layout: Layout | undefined): Node {
  const node = doc.createNode(arrange(value, layout));
  visit(node, {
    Seq(_, seq) {
      const texts = seq.items.map((item) => (isScalar(item) ? String(item.value) : undefined));
      const oneLine = texts.every((text) => text !== undefined && !text.includes('\n'));
      if (oneLine && texts.join(', ').length <= INLINE_LIST_WIDTH) seq.flow = true;
    },
  });
  return node;
}

function merge(doc: Document, node: unknown, value: unknown, layout: Layout | undefined): unknown {
  if (isMap(node) && isPlainObject(value)) mergeMap(doc, node, value, layout);
  else if (isSeq(node) && Array.isArray(value)) mergeSeq(doc, node, value, layout);
  else if (isScalar(node) && (value === null || typeof value !== 'object')) updateScalar(node, value);
  else return createNode(doc, value, layout);
  return node;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function mergeMap(doc: Document, map: YAMLMap, value: Record<string, unknown>, layout: Layout | undefined): void {
  const present = (key: string) => map.items.some((pair) => keyOf(pair) === key);
  map.items = map.items.filter((pair) => {
    const key = keyOf(pair);
    return key !== undefined && value[key] !== undefined;
  });
  for (const pair of map.items) {
    const key = keyOf(pair)!;
    pair.value = merge(doc, pair.value, value[key], layout?.fields?.[key]);
  }
  const keys = orderedKeys(value, layout);
  keys.forEach((key, index) => {
    if (present(key) || isDefault(layout, key, value[key])) return;
    // Right after the nearest key that precedes it in layout order, so the trainer's order stays.
    const before = keys.slice(0, index).findLast(present);
    const at = before === undefined ? 0 : map.items.findIndex((pair) => keyOf(pair) === before) + 1;
    map.items.splice(at, 0, doc.createPair(key, createNode(doc, value[key], layout?.fields?.[key])));
  });
}

function idOf(item: unknown): unknown {
  if (isMap(item)) return item.get('id');
  return isPlainObject(item) ? item.id : undefined;
}

function mergeSeq(doc: Document, seq: YAMLSeq, values: unknown[], layout: Layout | undefined): void {
  // Cases are matched by id, so adding, removing or moving one keeps the comments of the others.
  const ids = values.map(idOf);
  const byId = ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
  const old = seq.items as Node[];
  // New items follow the list's habit of blank lines between items.
  const spaced = old.slice(1).some((item) => item.spaceBefore);
  seq.items = values.map((value, index) => {
    const match = byId ? old.find((item) => idOf(item) === ids[index]) : old[index];
    if (match !== undefined) return merge(doc, match, value, layout);
    const created = createNode(doc, value, layout);
    if (spaced && index > 0) created.spaceBefore = true;
    return created;
  });
  const [oldFirst] = old;
  const [newFirst] = seq.items as Node[];
  if (oldFirst && newFirst !== oldFirst) {
    // yaml keeps a comment above the first item on the list, but it describes that item: it moves along.
    if (seq.commentBefore && seq.items.includes(oldFirst)) {
      oldFirst.commentBefore = [seq.commentBefore, oldFirst.commentBefore].filter(Boolean).join('\n');
    }
    seq.commentBefore = null;
    if (newFirst) newFirst.spaceBefore = false;
  }
}

function updateScalar(node: Scalar, value: unknown): void {
  if (node.value === value) return;
  // `plz: 12345` loads as the text "12345" (vars are text); keep the trainer's spelling.
  if (typeof value === 'string' && typeof node.value !== 'string' && String(node.value) === value) return;
  const wasBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const isMultiLine = typeof value === 'string' && value.includes('\n');
  node.value = value;
  // Quote styles stay; switching between one line and several lets the writer choose anew.
  if (wasBlock !== isMultiLine) delete node.type;
}
