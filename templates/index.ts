// Raw template data. Shells (main, CLI, renderer) import it and validate it with the schemas in core.
import kpStandard from './applications/kp-standard.json';

export const applicationTemplates: unknown[] = [kpStandard];

// Programme rule packs, one per edition; validate with parseRulePacks (core/rules).
import rules2016 from './rules/icld-kp-2016.json';
import rules2019 from './rules/icld-kp-2019.json';
import rules2020 from './rules/icld-kp-2020.json';
import rules2023 from './rules/icld-kp-2023.json';
import rules2023b from './rules/icld-kp-2023b.json';

export const rulePacks: unknown[] = [rules2016, rules2019, rules2020, rules2023, rules2023b];

// What the source ids (S1, S2 …) in packs and templates refer to; validate with parseSourceCatalogue (core/rules).
import factSheetSources from './sources/fact-sheet.json';

export const sourceCatalogue: unknown = factSheetSources;

// ICLD's online form: the order of its fields, how it counts, which uploads it needs; validate with parseOnlineForm (core/submit).
import onlineForm from './forms/online-form.json';

export const onlineFormData: unknown = onlineForm;

// Other wordings of the sections' headings that a Word document's import recognises (core/import/heading-match.ts).
import headingVariantsData from './import/heading-variants.json';

export const headingVariants: Record<string, readonly string[]> = headingVariantsData.variants;
