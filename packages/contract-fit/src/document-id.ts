const OBJECT_ID = /^[A-Za-z0-9]{24}$/;

const idIn = (value: unknown): string | undefined => {
  if (typeof value === 'string') {
    const id = value.trim();
    return OBJECT_ID.test(id) ? id : undefined;
  }
  const oid = (value as { $oid?: unknown } | null)?.$oid;
  return typeof value === 'object' && typeof oid === 'string' && OBJECT_ID.test(oid) ? oid : undefined;
};

/**
 * The document id in an upload answer, read defensively because its shape is a guess (the
 * reference only says the asynchronous upload "returns the document ID"): `{id}` (the spec's
 * DocumentAccepted, also a processed document), `{document_id}`, `{_id}` or `{_id: {$oid}}`, or a
 * bare id (JSON string or text). Undefined when none of these holds a 24-character id.
 */
export function documentIdOf(answer: unknown): string | undefined {
  if (typeof answer === 'string') {
    return idIn(answer);
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    return undefined;
  }
  const record = answer as Record<string, unknown>;
  return idIn(record.id) ?? idIn(record.document_id) ?? idIn(record._id);
}
