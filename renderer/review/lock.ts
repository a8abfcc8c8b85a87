/**
 * Whether the open draft's text and fields are locked (review mode). A module without imports, so
 * the field store can consult it without a cycle.
 */
let locked = false;

/** True while the draft is open in review mode: no change to text or fields may happen. */
export const fieldsLocked = (): boolean => locked;

export function setFieldsLocked(value: boolean): void {
  locked = value;
}
