/** Only the head of a document is searched for a declared encoding, as browsers do. */
const PRESCAN_BYTES = 2048;

/**
 * Decodes a fetched body: a byte-order mark first, then the charset of the Content-Type
 * header, then a <meta charset> or an XML declaration in the first bytes, then UTF-8.
 * Node's TextDecoder (full ICU) knows the WHATWG labels (windows-1252, shift_jis, gbk...);
 * an unknown label falls back to UTF-8.
 */
export function decodeBody(body: Buffer, contentType: string | null): string {
  const label = bomEncoding(body) ?? headerCharset(contentType) ?? declaredCharset(body) ?? 'utf-8';
  return decoderFor(label).decode(body);
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

function bomEncoding(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}

export function headerCharset(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** <meta charset="x">, <meta http-equiv content="text/html; charset=x"> or <?xml encoding="x"?>, read as Latin-1 bytes. */
export function declaredCharset(body: Buffer): string | null {
  const head = body.subarray(0, PRESCAN_BYTES).toString('latin1');
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head) ?? /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
