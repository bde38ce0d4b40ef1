export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** A minimal SSE reader for the tests (no EventSource in Node 20 or workerd): blank-line separated fields. */
export async function* parseSse(body: ReadableStream<Uint8Array>, onText: (chunk: string) => void) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    const text = decoder.decode(chunk, { stream: true });
    onText(text);
    buffer += text;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message: SseMessage = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        const [field, value] = colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).replace(/^ /, '')];
        if (field === '') message.comment = value;
        else if (field === 'data') message.data = message.data === undefined ? value : `${message.data}\n${value}`;
        else if (field === 'id' || field === 'event') message[field] = value;
      }
      yield message;
    }
  }
}

/** The run events of a stream (without comments), parsed. */
export const runEvents = (messages: SseMessage[]) =>
  messages.filter((m) => m.data !== undefined).map((m) => ({ id: Number(m.id), ...JSON.parse(m.data!) }));
