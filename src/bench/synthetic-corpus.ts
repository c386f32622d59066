/**
 * Synthetic reports for benchmarks and budget tests: `reports` reports that
 * together cite `decisions` distinct decisions, spread over themes, statuses
 * and the years of the agreement, in chapters of 20 sections (4,000 reports
 * make 200 chapters: the shape the page budgets are set for), each with a
 * short status history. Deterministic.
 */
import { statuses } from '../schema/report.ts';

export interface SyntheticFile {
  name: string;
  text: string;
}

const themes = ['werk', 'onderwijs', 'zorg', 'wonen', 'mobiliteit', 'klimaat', 'economie', 'cultuur', 'bestuur'];
/** The statuses a report may have had before its current one, newest first. */
const earlier = ['in-uitvoering', 'niet-gestart', 'niet-beoordeeld'] as const;
const day = (offset: number) => new Date(Date.UTC(2019, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const words = ['besluit', 'decreet', 'subsidie', 'oproep', 'plan', 'wijziging', 'uitvoering', 'kader', 'actie'];

export function syntheticCorpus(reports: number, decisions: number): SyntheticFile[] {
  const perReport = Math.ceil(decisions / reports);
  const files: SyntheticFile[] = [];
  let decision = 0;
  for (let i = 0; i < reports; i++) {
    const chapter = Math.floor(i / 20) + 1;
    const section = `${chapter}.${(i % 20) + 1}`;
    const title = `Synthetische sectie ${section} over ${themes[i % themes.length]}`;
    const status = statuses[i % statuses.length]!;
    const refs: string[] = [];
    const count = Math.min(perReport, decisions - decision);
    for (let j = 0; j < count; j++, decision++) {
      const date = day(decision % 1800);
      // About 95 characters, as the real decision titles are; the URL repeats the title, as the real ones do.
      const decisionTitle = `${words[decision % words.length]} ${decision}: ${words[(decision * 7) % words.length]} voor sectie ${section} van het regeerakkoord, met de uitvoering en de opvolging ervan`;
      const url = `https://beslissingenvlaamseregering.vlaanderen.be/?search=${encodeURIComponent(decisionTitle)}&dateOption=select&startDate=${date}T09%3A00%3A00Z&endDate=${date}T09%3A00%3A00Z`;
      refs.push(`  - id: ${j}\n    date: ${date}\n    title: "${decisionTitle}"\n    url: "${url}"`);
    }
    // One to three changes, newest first and equal to `status`, between 2019-10 and 2024-09.
    const newest = 300 + ((i * 97) % 1500);
    const before = earlier.filter((s) => s !== status);
    const history = Array.from({ length: 1 + (i % 3) }, (_, j) =>
      [`  - date: ${day(newest - j * (90 + (i % 60)))}`, `    status: ${j === 0 ? status : before[j - 1]}`].join('\n'),
    );
    const citations = Array.from({ length: count }, (_, j) => `\\[${j}\\]`);
    const paragraphs = [];
    for (let p = 0; p < citations.length; p += 6) {
      paragraphs.push(
        `De regering nam maatregelen rond ${themes[(i + p) % themes.length]} en stuurde bij waar nodig ${citations.slice(p, p + 6).join('')}.`,
      );
    }
    const text = [
      '---',
      `title: ${title}`,
      'agreement:',
      `  section: "${section}"`,
      '  text: >-',
      '    De Vlaamse Regering belooft in deze sectie concrete stappen te zetten,',
      '    met meetbare doelen en een duidelijke timing.',
      `themes: [${themes[i % themes.length]}, ${themes[(i + 3) % themes.length]}]`,
      `status: ${status}`,
      'history:',
      ...history,
      ...(count ? ['references:', ...refs] : []),
      '---',
      '## Analyse',
      '',
      paragraphs.join('\n\n') || 'Nog geen beslissingen.',
      '',
      '## Conclusie',
      '',
      'De uitvoering loopt.',
      '',
    ].join('\n');
    files.push({ name: `${section.replace(/\./g, '-')}-synthetisch.md`, text });
  }
  return files;
}
