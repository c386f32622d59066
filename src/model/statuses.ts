import type { Status } from '../schema/report.ts';

/** How each status reads on the site, and what it means. */
export const statusInfo: Record<Status, { label: string; meaning: string }> = {
  uitgevoerd: { label: 'Uitgevoerd', meaning: 'De belofte is volledig uitgevoerd.' },
  gedeeltelijk: { label: 'Gedeeltelijk uitgevoerd', meaning: 'Een deel van de belofte is uitgevoerd.' },
  'in-uitvoering': { label: 'In uitvoering', meaning: 'De regering werkt aan de uitvoering.' },
  'niet-gestart': { label: 'Niet gestart', meaning: 'Er is nog geen werk aan begonnen.' },
  'niet-uitgevoerd': { label: 'Niet uitgevoerd', meaning: 'De belofte is niet uitgevoerd.' },
  'niet-toetsbaar': { label: 'Niet toetsbaar', meaning: 'De belofte is te vaag om te beoordelen.' },
  'niet-beoordeeld': { label: 'Nog niet beoordeeld', meaning: 'De redactie heeft deze sectie nog niet beoordeeld.' },
};
