// Raw template data. Shells (main, CLI, renderer) import it and validate it with the schemas in core.
import kpStandard from './applications/kp-standard.json';

export const applicationTemplates: unknown[] = [kpStandard];
