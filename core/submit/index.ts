// Submitting to ICLD's online form: the ready-to-submit list, the form's text and counts, the key facts.
export { formText, cleanFormChars } from './form-text';
export { formCounts, countIn, type CountUnit, type FormCounts, type LineBreakCost } from './counting';
export { parseOnlineForm, formOrder, formCounting, OnlineForm, type FormCounting, type FormUpload, type UsualLength } from './online-form';
export { formFieldOf, anchorLocation } from './form-place';
export { buildSubmitCheck, type SubmitCheck, type SubmitInput } from './submit-check';
export { INVALID_INPUT_RULE, type SubmitItem, type SubmitKind } from './submit-items';
export { submitSummary, type SubmitSummary } from './summary';
