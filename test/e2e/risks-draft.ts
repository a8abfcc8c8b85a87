import type { Risk } from '../../core/draft/framework';
import type { Draft } from '../../core/draft/schema';
import { kalixMasakaPlan } from './plan-draft';

const risk = (id: string, text: string, likelihood: number, impact: number, mitigation: string, owner: string, threatens: string | null): Risk =>
  ({ id, text, likelihood, impact, mitigation, owner, threatens });

/** The Kalix–Masaka plan with (optionally) a filled-in risk register and its Agenda 2030 goals. */
export function kalixMasakaRisks(filled = true): Draft {
  const d = kalixMasakaPlan();
  if (!filled) return d;
  d.risks = [
    risk('k1', 'Kommunvalet i Masaka 2026 byter den politiska ledningen', 3, 2, 'Förankra projektet i både majoritet och opposition; styrgruppen har ledamöter från båda', 'Styrgruppen', 'o1'),
    risk('k2', 'Nyckelpersoner slutar eller byter tjänst', 2, 2, 'Två personer per uppgift; dokumentera arbetssätten löpande', 'Projektledarna', null),
    risk('k3', 'Hushållen i Nyendo avstår från att sortera när insamlingen är oregelbunden', 2, 3, 'Marknadsrådet och stadsdelen kommer överens om fasta hämtdagar innan kampanjen', 'Masakas miljöenhet', 'r1'),
    risk('k4', 'Visum till Sverige dröjer för delegationen', 1, 2, 'Ansök om visum fyra månader före studiebesöket', 'Kalix internationella samordnare', 'r2'),
  ];
  d.agenda2030 = { goals: [5, 11, 16], targets: ['11.6', '16.7'] };
  return d;
}
