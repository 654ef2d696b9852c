/** Reads a TimeML document into plain text with the gold TIMEX3 spans at their offsets. */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  /** Document creation time (YYYY-MM-DD), the anchor of relative expressions; null if absent. */
  dct: string | null;
  /** Content of <TEXT> with every tag removed and character entities decoded. */
  text: string;
  /** Gold TIMEX3 elements inside <TEXT> (the creation-time timex is never inside it). */
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}

function creationTime(xml: string): string | null {
  for (const m of xml.matchAll(/<TIMEX3\b[^>]*>/g)) {
    if (attribute(m[0], 'functionInDocument') === 'CREATION_TIME') {
      const value = attribute(m[0], 'value');
      const day = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
      if (day) return day[0];
    }
  }
  return null;
}

export function parseTimeml(xml: string): TimemlDocument {
  const open = /<TEXT\b[^>]*>/.exec(xml);
  const closeAt = xml.lastIndexOf('</TEXT>');
  const body = open && closeAt > open.index ? xml.slice(open.index + open[0].length, closeAt) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: { start: number; type: string; value: string }[] = [];
  // One scan over tags, entities and text runs keeps every gold offset exact in the stripped text.
  const token = /<(\/?)([A-Za-z0-9_]+)\b[^>]*?(\/?)>|&#?[A-Za-z0-9]+;|[^<&]+|[<&]/g;
  for (const m of body.matchAll(token)) {
    const piece = m[0];
    if (m[2] !== undefined) {
      const closing = m[1] === '/';
      const selfClosing = m[3] === '/';
      if (m[2] !== 'TIMEX3' || selfClosing) continue;
      if (!closing) {
        stack.push({ start: text.length, type: attribute(piece, 'type') ?? 'DATE', value: attribute(piece, 'value') ?? '' });
      } else {
        const opened = stack.pop();
        if (opened) timexes.push({ ...opened, end: text.length, text: text.slice(opened.start, text.length) });
      }
    } else if (piece.startsWith('&') && piece.length > 1) {
      text += decodeEntity(piece);
    } else {
      text += piece;
    }
  }
  timexes.sort((a, b) => a.start - b.start);
  return { dct: creationTime(xml), text, timexes };
}
