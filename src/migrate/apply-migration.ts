import { lstatSync, mkdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { agreementsFolderName, reportsFolderName } from '../build/content-layout.ts';
import { displayPath, isFolder, markdownFilesIn, readTextFile } from '../build/content-files.ts';
import { configFileName } from '../load/config.ts';
import type { MigrationRequest } from './migration-request.ts';
import { agreementIdProblem, planMigration, type MigrationPlan, type MigrationRefusal } from './plan-migration.ts';

/**
 * The plan for the content folder as it is now, with the number of reports
 * that move; or why there is none. Everything migrate makes is inside
 * agreements/, which must not exist, so nothing there can be overwritten.
 */
export function prepareMigration(
  request: MigrationRequest,
): { plan: MigrationPlan; reports: number } | MigrationRefusal {
  const problem = agreementIdProblem(request.agreement) ?? layoutProblem(request.content);
  if (problem) return { refused: problem, findings: [] };
  const siteFile = path.join(request.content, configFileName);
  let siteText: string | undefined;
  if (exists(siteFile)) {
    const read = readTextFile(siteFile, request.content);
    if (read.text === undefined) {
      return { refused: `${displayPath(siteFile)} cannot be read`, findings: read.diagnostics };
    }
    siteText = read.text;
  }
  const plan = planMigration(request, siteText);
  return 'refused' in plan ? plan : { plan, reports: markdownFilesIn(plan.moves[0]!.from).length };
}

/** Why the content folder is not a site with one agreement that migrate can move. */
function layoutProblem(content: string): string | undefined {
  const reports = path.join(content, reportsFolderName);
  const several = path.join(content, agreementsFolderName);
  if (exists(several)) {
    return isFolder(reports)
      ? `${displayPath(content)} holds both ${reportsFolderName}/ and ${agreementsFolderName}/, so it holds several agreements already; ` +
          `move ${displayPath(reports)}/ by hand into the folder of its agreement, as ${displayPath(several)}/<id>/${reportsFolderName}/`
      : `${displayPath(several)} exists already: this site holds several agreements, and migrate is for a site that holds one`;
  }
  if (!exists(reports)) {
    return `${displayPath(reports)}/ does not exist, so there are no reports to move; give --content the folder that holds site.yaml and ${reportsFolderName}/`;
  }
  if (!isFolder(reports)) return `${displayPath(reports)} is not a folder; migrate moves the folder of reports`;
  return undefined;
}

/**
 * Carries out a plan: new files, then the moves, then site.yaml, replaced
 * whole. If a step fails, the steps done are undone, in reverse, and the
 * answer says what went wrong and whether the site is as it was.
 */
export function applyMigration(plan: MigrationPlan): { failed: string } | undefined {
  const undo: (() => void)[] = [];
  try {
    for (const write of plan.writes.filter((w) => w.creates)) {
      makeParents(write.file, undo);
      writeFileSync(write.file, write.text, { flag: 'wx' });
      undo.push(() => unlinkSync(write.file));
    }
    for (const move of plan.moves) {
      makeParents(move.to, undo);
      renameSync(move.from, move.to);
      undo.push(() => renameSync(move.to, move.from));
    }
    for (const write of plan.writes.filter((w) => !w.creates)) {
      // Written beside it and renamed over it: site.yaml is never half written.
      const temporary = `${write.file}.${process.pid}.tmp`;
      writeFileSync(temporary, write.text, { flag: 'wx' });
      undo.push(() => unlinkSync(temporary));
      renameSync(temporary, write.file);
    }
    return undefined;
  } catch (error) {
    let undone = true;
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        undone = false;
      }
    }
    const state = undone ? 'nothing was changed' : 'not all of it could be undone: see git status';
    return { failed: `${(error as Error).message}; ${state}` };
  }
}

/** Makes the missing folders above `file`, and remembers to remove them again (only if empty). */
function makeParents(file: string, undo: (() => void)[]): void {
  const missing: string[] = [];
  for (let folder = path.dirname(file); !exists(folder); folder = path.dirname(folder)) missing.push(folder);
  mkdirSync(path.dirname(file), { recursive: true });
  // Deepest last, so that it is undone first.
  for (const folder of missing.reverse()) undo.push(() => rmdirSync(folder));
}

/** Whether anything is at `file`, a broken link too. */
function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
